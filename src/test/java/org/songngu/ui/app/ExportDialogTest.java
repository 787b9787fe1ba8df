package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;

/** File ▸ Export (Ctrl+E) on the aligned seeds: the dialog's options reach the file, written off the event thread. */
@Tag("gui")
class ExportDialogTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private WorkbenchFrame frame;
    private Hands hands;

    @BeforeEach
    void openOnTheSeeds() throws Exception {
        OnScreen.requireDisplay();
        hands = new Hands();
        frame = OnScreen.workbenchOnAlignedSeeds();
        hands.clickRow(table(), 1);
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if ("dialog.export".equals(window.getName())) {
                    window.dispose();
                }
            }
            if (frame != null && frame.history() != null) {
                frame.history().markSaved();
            }
            return null;
        });
        OnScreen.dispose(frame);
    }

    @Test
    void confirmedRowsOnlyExportsTheOneConfirmedRowAsATmxUnit() throws Exception {
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("row 2 is confirmed", WAIT, () -> frame.history().current().row(1).status() == RowStatus.CONFIRMED);
        AlignmentRow confirmed = OnScreen.onEdt(() -> frame.history().current().row(1));
        Path file = folder.resolve("seeds.tmx");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_E);
        JDialog dialog = exportDialog();
        assertThat(OnScreen.onEdt(() -> field(dialog, "export.file").getText()))
                .isEqualTo(Path.of("exports", "blood-retransfusion.tmx").toString());
        OnScreen.onEdt(() -> {
            field(dialog, "export.file").setText(file.toString());
            ((JCheckBox) OnScreen.find(dialog, "export.confirmedOnly")).setSelected(true);
            field(dialog, "export.vietnameseCode").setText("vi-VN");
            ((JButton) OnScreen.find(dialog, "export.ok")).doClick();
            return null;
        });

        OnScreen.await("the export is reported", WAIT, () -> statusMessage().startsWith("Exported"));
        int rows = OnScreen.onEdt(() -> frame.history().current().size());
        assertThat(OnScreen.onEdt(this::statusMessage))
                .isEqualTo("Exported 1 units to " + file + "; " + (rows - 1) + " rows left out by the options");
        String tmx = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(count(tmx, "<tu ")).isEqualTo(1);
        assertThat(tmx).contains("xml:lang=\"vi-VN\"").contains(escaped(join(confirmed.vietnamese())));
    }

    @Test
    void csvWithVietnameseFirstHoldsEveryRowWithBothSides() throws Exception {
        Path file = folder.resolve("seeds.csv");
        List<AlignmentRow> twoSided = OnScreen.onEdt(() -> frame.history().current().rows().stream()
                .filter(r -> !r.english().isEmpty() && !r.vietnamese().isEmpty()).toList());

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_E);
        JDialog dialog = exportDialog();
        OnScreen.onEdt(() -> {
            @SuppressWarnings("unchecked")
            JComboBox<ExportDialog.Format> format = (JComboBox<ExportDialog.Format>) OnScreen.find(dialog, "export.format");
            format.setSelectedItem(ExportDialog.Format.CSV);
            return null;
        });
        assertThat(OnScreen.onEdt(() -> field(dialog, "export.file").getText()))
                .isEqualTo(Path.of("exports", "blood-retransfusion.csv").toString());
        OnScreen.onEdt(() -> {
            field(dialog, "export.file").setText(file.toString());
            ((JComboBox<?>) OnScreen.find(dialog, "export.direction")).setSelectedIndex(1);
            ((JButton) OnScreen.find(dialog, "export.ok")).doClick();
            return null;
        });

        OnScreen.await("the export is reported", WAIT, () -> statusMessage().startsWith("Exported"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(twoSided.size());
        assertThat(records.get(0).get(0)).isEqualTo(join(twoSided.get(0).vietnamese()));
    }

    @Test
    void aMalformedLanguageCodeIsReportedInTheDialogWhichStaysOpen() throws Exception {
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_E);
        JDialog dialog = exportDialog();

        OnScreen.onEdt(() -> {
            field(dialog, "export.englishCode").setText("english");
            ((JButton) OnScreen.find(dialog, "export.ok")).doClick();
            return null;
        });

        assertThat(OnScreen.onEdt(() -> ((JLabel) OnScreen.find(dialog, "export.error")).getText()))
                .isEqualTo("'english' is not a language code such as en or vi-VN");
        assertThat(OnScreen.onEdt(dialog::isShowing)).isTrue();
    }

    private static JDialog exportDialog() throws Exception {
        OnScreen.await("the export dialog is open", WAIT, () -> Arrays.stream(Window.getWindows())
                .anyMatch(w -> w.isShowing() && "dialog.export".equals(w.getName())));
        return OnScreen.onEdt(() -> (JDialog) Arrays.stream(Window.getWindows())
                .filter(w -> w.isShowing() && "dialog.export".equals(w.getName())).findFirst().orElseThrow());
    }

    private static JTextField field(JDialog dialog, String name) {
        return (JTextField) OnScreen.find(dialog, name);
    }

    private String statusMessage() {
        return ((JLabel) OnScreen.find(frame, "status.message")).getText();
    }

    private static String join(List<Sentence> sentences) {
        return String.join(" ", sentences.stream().map(Sentence::text).toList());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private JTable table() {
        return frame.grid().table();
    }


}
