package org.songngu.ui.app;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowId;
import org.songngu.core.document.Sentence;
import org.songngu.core.edit.EditSentenceText;
import org.songngu.core.edit.Side;

/**
 * A modal dialog for fixing the text of one row's sentences, one text area per sentence. It only
 * collects the changes; whoever opens it performs them and says whether they were rejected.
 */
final class SentenceTextDialog extends JDialog {

    /** One editable sentence and the text it had when the dialog opened. */
    private record Field(Side side, int sentence, String original, JTextArea area) {

        boolean isChanged() {
            return !area.getText().equals(original);
        }
    }

    private final List<Field> fields = new ArrayList<>();
    private final RowId row;
    private final Function<List<EditSentenceText>, Optional<String>> apply;
    private final JLabel problem = new JLabel(" ");

    /**
     * @param apply performs the changed sentences' edits and gives the rejection message, if any;
     *     a rejected change keeps the dialog open so that the typed text stays
     */
    private SentenceTextDialog(Window owner, AlignmentRow row, int rowNumber,
            Function<List<EditSentenceText>, Optional<String>> apply) {
        super(owner, Messages.get("dialog.editText.title", rowNumber), ModalityType.APPLICATION_MODAL);
        this.apply = apply;
        this.row = row.id();
        setName("dialog.editText");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                cancel();
            }
        });
        JPanel sentences = new JPanel(new GridBagLayout());
        addSide(sentences, row, Side.ENGLISH, Messages.get("grid.column.english"));
        addSide(sentences, row, Side.VIETNAMESE, Messages.get("grid.column.vietnamese"));

        JButton ok = new JButton(Messages.get("dialog.ok"));
        ok.setName("editText.ok");
        ok.addActionListener(event -> accept());
        JButton cancel = new JButton(Messages.get("task.cancel"));
        cancel.setName("editText.cancel");
        cancel.addActionListener(event -> cancel());
        problem.setName("editText.problem");
        JPanel south = Dialogs.footer(problem, ok, cancel);

        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        content.add(new JScrollPane(sentences), BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        setContentPane(content);
        // Enter types a line break in a text area, so accepting needs its own stroke.
        bind(KeyStroke.getKeyStroke("ctrl ENTER"), "accept", this::accept);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel", this::cancel);
        getRootPane().setDefaultButton(ok);
        setSize(800, 480);
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog for {@code row} and returns when it is closed. */
    static void show(Window owner, AlignmentRow row, int rowNumber,
            Function<List<EditSentenceText>, Optional<String>> apply) {
        new SentenceTextDialog(owner, row, rowNumber, apply).setVisible(true);
    }

    private void addSide(JPanel panel, AlignmentRow row, Side side, String label) {
        List<Sentence> sentences = side.of(row);
        for (int i = 0; i < sentences.size(); i++) {
            JTextArea area = new JTextArea(sentences.get(i).text(), 3, 60);
            area.setName("editText." + side.name().toLowerCase(Locale.ROOT) + "." + i);
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
            // Tab moves on to the next sentence rather than typing a tab into the text.
            area.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
            area.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
            fields.add(new Field(side, i, sentences.get(i).text(), area));
            GridBagConstraints at = new GridBagConstraints();
            at.gridy = fields.size() - 1;
            at.insets = new Insets(4, 4, 4, 4);
            at.anchor = GridBagConstraints.NORTHWEST;
            panel.add(new JLabel(sentences.size() == 1 ? label : label + " " + (i + 1)), at);
            at.gridx = 1;
            at.weightx = 1;
            at.fill = GridBagConstraints.HORIZONTAL;
            panel.add(new JScrollPane(area), at);
        }
    }

    private void bind(KeyStroke stroke, String name, Runnable action) {
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
        getRootPane().getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                action.run();
            }
        });
    }

    private void accept() {
        List<EditSentenceText> changes = fields.stream().filter(Field::isChanged)
                .map(f -> new EditSentenceText(row, f.side(), f.sentence(), f.area().getText())).toList();
        if (changes.isEmpty()) {
            dispose();
            return;
        }
        Optional<String> rejection = apply.apply(changes);
        if (rejection.isPresent()) {
            problem.setText(rejection.get());
        } else {
            dispose();
        }
    }

    private void cancel() {
        boolean changed = fields.stream().anyMatch(Field::isChanged);
        if (!changed || JOptionPane.showConfirmDialog(this, Messages.get("dialog.editText.discard"),
                getTitle(), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION) {
            dispose();
        }
    }
}
