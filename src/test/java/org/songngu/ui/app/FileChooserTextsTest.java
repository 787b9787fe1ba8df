package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileChooserTextsTest {

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        // The keys are global: back to the language the other tests expect.
        Locale.setDefault(before);
        FileChooserTexts.useLanguage();
    }

    @Test
    void swingsChooserKeysAreSetFromTheBundleOfTheLanguage() {
        Messages.use("vi");
        FileChooserTexts.useLanguage();

        assertThat(List.of("openButtonText", "saveButtonText", "cancelButtonText", "lookInLabelText", "fileNameLabelText",
                "filesOfTypeLabelText", "upFolderToolTipText", "acceptAllFileFilterText", "fileNameHeaderText").stream()
                .map(key -> UIManager.getString("FileChooser." + key)).toList())
                .containsExactly("Mở", "Lưu", "Hủy", "Tìm trong:", "Tên tệp:", "Loại tệp:", "Lên một cấp", "Tất cả các tệp",
                        "Tên");
        assertThat(UIManager.get("FileChooser.openButtonMnemonic")).isEqualTo((int) 'M');

        Messages.use("en");
        FileChooserTexts.useLanguage();

        assertThat(UIManager.getString("FileChooser.openButtonText")).isEqualTo("Open");
        assertThat(UIManager.getString("FileChooser.lookInLabelText")).isEqualTo("Look in:");
        assertThat(UIManager.get("FileChooser.openButtonMnemonic")).isEqualTo((int) 'O');
    }

    @Test
    void everyUnderlinedLetterIsALetterOfItsTextInBothLanguages() {
        for (String language : List.of("en", "vi")) {
            Messages.use(language);
            for (String key : FileChooserTexts.MNEMONIC_KEYS) {
                String letter = Messages.get(FileChooserTexts.messageKey(key));
                String text = Messages.get(FileChooserTexts.messageKey(key.replace("Mnemonic", "Text")));
                assertThat(letter).as(language + ": " + key).matches("[A-Z]");
                assertThat(text.toUpperCase(Locale.ROOT)).as(language + ": " + key).contains(letter);
            }
        }
    }
}
