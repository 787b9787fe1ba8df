package org.songngu.ui.app;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Bead;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.RowStatus;
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.text.Language;
import org.songngu.ui.grid.AlignmentGridPanel;
import org.songngu.ui.task.TaskRunner;

/** The workbench window: the alignment grid with a menu bar and a status bar. */
public final class WorkbenchFrame extends JFrame {

    private final JLabel status = new JLabel(" ");
    private AlignmentGridPanel grid;

    public WorkbenchFrame() {
        super(Messages.get("app.title"));
        setName("workbench");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setJMenuBar(menus());
        status.setName("status.summary");
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        getContentPane().add(status, BorderLayout.SOUTH);
        setSize(1200, 800);
        setLocationByPlatform(true);
    }

    /** Reads and aligns two documents off the event thread, then shows them in the grid. */
    public void align(Path english, Path vietnamese) {
        String title = Messages.get("task.aligning", english.getFileName(), vietnamese.getFileName());
        TaskRunner.run(this, title, (progress, cancellation) -> {
            Document en = DocumentReader.read(english, Language.EN);
            Document vi = DocumentReader.read(vietnamese, Language.VI);
            List<Bead> beads = new Aligner(Lexicon.builtIn()).align(SentenceSide.of(en), SentenceSide.of(vi), progress,
                    cancellation);
            return Alignment.of(en, vi, beads);
        }, this::show);
    }

    public void show(Alignment alignment) {
        if (grid != null) {
            getContentPane().remove(grid);
        }
        grid = new AlignmentGridPanel(alignment);
        getContentPane().add(grid, BorderLayout.CENTER);
        setTitle(Messages.get("app.title") + " — " + alignment.english().name() + " ↔ " + alignment.vietnamese().name());
        status.setText(summary(alignment));
        revalidate();
        repaint();
    }

    public AlignmentGridPanel grid() {
        return grid;
    }

    private static String summary(Alignment alignment) {
        List<AlignmentRow> rows = alignment.rows();
        long confirmed = rows.stream().filter(r -> r.status() == RowStatus.CONFIRMED).count();
        long oneToOne = rows.stream().filter(r -> r.english().size() == 1 && r.vietnamese().size() == 1).count();
        double mean = rows.stream().mapToDouble(r -> r.confidence().value()).average().orElse(0);
        return Messages.get("status.summary", rows.size(), percent(confirmed, rows.size()), percent(oneToOne, rows.size()),
                String.format(Locale.ROOT, "%.2f", mean));
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "0 %" : Math.round(100.0 * part / whole) + " %";
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu(Messages.get("menu.file"));
        JMenuItem quit = new JMenuItem(Messages.get("menu.file.quit"));
        quit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, KeyEvent.CTRL_DOWN_MASK));
        quit.addActionListener(event -> dispose());
        file.add(quit);
        JMenu view = new JMenu(Messages.get("menu.view"));
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem(Messages.get("menu.view.dark"));
        dark.setName("menu.view.dark");
        dark.addActionListener(event -> Theme.switchTo(dark.isSelected()));
        view.add(dark);
        bar.add(file);
        bar.add(view);
        return bar;
    }
}
