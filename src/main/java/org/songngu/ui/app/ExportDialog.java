package org.songngu.ui.app;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import org.songngu.core.tm.ExportOptions;

/**
 * File ▸ Export: asks for the format, the file and the export options, and hands back what the user
 * chose; the export itself runs elsewhere, off the event thread. Options a writer would refuse,
 * such as a malformed language code, are reported in the dialog, which stays open.
 */
final class ExportDialog extends JDialog {

    /** The translation-memory formats the workbench writes. */
    enum Format {
        TMX(".tmx"),
        CSV(".csv"),
        TSV(".tsv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }
    }

    /** What to export where. */
    record Request(Path file, Format format, ExportOptions options) {
    }

    private final JComboBox<Format> format = new JComboBox<>(Format.values());
    private final JTextField file = new JTextField(32);
    private final JCheckBox confirmedOnly = new JCheckBox(Messages.get("export.confirmedOnly"));
    private final JSpinner minimumConfidence = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 1.0, 0.05));
    private final JTextField englishCode = new JTextField("en", 8);
    private final JTextField vietnameseCode = new JTextField("vi", 8);
    private final JCheckBox includeOneSided = new JCheckBox(Messages.get("export.includeOneSided"));
    private final JComboBox<String> direction = new JComboBox<>(
            new String[] {Messages.get("export.direction.enVi"), Messages.get("export.direction.viEn")});
    private final JLabel error = new JLabel(" ");
    private Request chosen;

    private ExportDialog(Window owner, Path defaultFile) {
        super(owner, Messages.get("export.title"), ModalityType.APPLICATION_MODAL);
        setName("dialog.export");
        format.setName("export.format");
        file.setName("export.file");
        file.setText(defaultFile.toString());
        confirmedOnly.setName("export.confirmedOnly");
        minimumConfidence.setName("export.minimumConfidence");
        englishCode.setName("export.englishCode");
        vietnameseCode.setName("export.vietnameseCode");
        includeOneSided.setName("export.includeOneSided");
        direction.setName("export.direction");
        error.setName("export.error");
        error.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        format.addActionListener(event -> file.setText(withExtension(file.getText(), (Format) format.getSelectedItem())));

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        JButton browse = new JButton(Messages.get("export.browse"));
        browse.setName("export.browse");
        browse.addActionListener(event -> browse());
        JPanel fileRow = new JPanel(new BorderLayout(6, 0));
        fileRow.add(file, BorderLayout.CENTER);
        fileRow.add(browse, BorderLayout.EAST);
        JPanel codes = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        codes.add(englishCode);
        codes.add(new JLabel("  "));
        codes.add(vietnameseCode);
        row(form, 0, "export.format", format);
        row(form, 1, "export.file", fileRow);
        row(form, 2, "export.direction", direction);
        row(form, 3, "export.languageCodes", codes);
        row(form, 4, "export.minimumConfidence", minimumConfidence);
        row(form, 5, null, confirmedOnly);
        row(form, 6, null, includeOneSided);
        row(form, 7, null, error);

        JButton export = new JButton(Messages.get("export.ok"));
        export.setName("export.ok");
        export.addActionListener(event -> accept());
        JButton cancel = new JButton(Messages.get("task.cancel"));
        cancel.setName("export.cancel");
        cancel.addActionListener(event -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(export);
        buttons.add(cancel);
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(export);
        getRootPane().registerKeyboardAction(event -> dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and waits; empty if the user cancelled. */
    static Optional<Request> ask(Window owner, Path defaultFile) {
        ExportDialog dialog = new ExportDialog(owner, defaultFile);
        dialog.setVisible(true);
        return Optional.ofNullable(dialog.chosen);
    }

    private void accept() {
        String name = file.getText().strip();
        if (name.isEmpty()) {
            error.setText(Messages.get("export.noFile"));
            return;
        }
        ExportOptions options;
        try {
            options = ExportOptions.defaults()
                    .withConfirmedOnly(confirmedOnly.isSelected())
                    .withIncludeOneSided(includeOneSided.isSelected())
                    .withMinimumConfidence(((Number) minimumConfidence.getValue()).doubleValue())
                    .withDirection(direction.getSelectedIndex() == 0 ? ExportOptions.Direction.EN_VI
                            : ExportOptions.Direction.VI_EN)
                    .withLanguageCodes(englishCode.getText().strip(), vietnameseCode.getText().strip());
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        chosen = new Request(Path.of(name), (Format) format.getSelectedItem(), options);
        dispose();
    }

    private void browse() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("dialog.exportFile");
        chooser.setSelectedFile(Path.of(file.getText()).toAbsolutePath().toFile());
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            file.setText(chooser.getSelectedFile().getPath());
        }
    }

    /** The file name with the format's ending in place of a known one. */
    static String withExtension(String name, Format format) {
        for (Format each : Format.values()) {
            if (name.endsWith(each.extension())) {
                return name.substring(0, name.length() - each.extension().length()) + format.extension();
            }
        }
        return name + format.extension();
    }

    private static void row(JPanel form, int y, String labelKey, JComponent field) {
        GridBagConstraints at = new GridBagConstraints();
        at.gridy = y;
        at.insets = new Insets(3, 3, 3, 3);
        at.anchor = GridBagConstraints.LINE_START;
        if (labelKey != null) {
            at.gridx = 0;
            JLabel label = new JLabel(label(labelKey));
            label.setLabelFor(field);
            form.add(label, at);
        }
        at.gridx = 1;
        at.fill = GridBagConstraints.HORIZONTAL;
        at.weightx = 1;
        form.add(field, at);
    }

    private static String label(String key) {
        // Listed so that MessagesTest sees every key.
        return switch (key) {
            case "export.format" -> Messages.get("export.format");
            case "export.file" -> Messages.get("export.file");
            case "export.direction" -> Messages.get("export.direction");
            case "export.languageCodes" -> Messages.get("export.languageCodes");
            case "export.minimumConfidence" -> Messages.get("export.minimumConfidence");
            default -> throw new IllegalArgumentException("no label " + key);
        };
    }
}
