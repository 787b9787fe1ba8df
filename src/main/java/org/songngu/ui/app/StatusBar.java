package org.songngu.ui.app;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;

/** The line under the grid: a one-line message on the left, the alignment's figures on the right. */
final class StatusBar extends JPanel {

    private final JLabel message = new JLabel(" ");
    private final JLabel summary = new JLabel(" ");
    /** The alignment the summary counts. */
    private Alignment summarized;

    StatusBar() {
        super(new BorderLayout(16, 0));
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        message.setName("status.message");
        summary.setName("status.summary");
        add(message, BorderLayout.CENTER);
        add(summary, BorderLayout.EAST);
    }

    /** Shows a message, or clears it with a blank. */
    void say(String text) {
        message.setText(text);
    }

    /** Shows rows, confirmed %, 1–1 % and mean confidence of {@code alignment}. */
    void summarize(Alignment alignment) {
        if (alignment != summarized) {
            // Counting goes over every row: once per change, not on every move of the selection.
            summarized = alignment;
            Texts.text(summary, () -> summary(alignment));
        }
    }

    private static String summary(Alignment alignment) {
        List<AlignmentRow> rows = alignment.rows();
        long confirmed = rows.stream().filter(r -> r.status() == RowStatus.CONFIRMED).count();
        long oneToOne = rows.stream().filter(r -> r.english().size() == 1 && r.vietnamese().size() == 1).count();
        double mean = rows.stream().mapToDouble(r -> r.confidence().value()).average().orElse(0);
        return Messages.get("status.summary", rows.size(), percent(confirmed, rows.size()), percent(oneToOne, rows.size()),
                Messages.decimal(mean));
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "0 %" : Math.round(100.0 * part / whole) + " %";
    }
}
