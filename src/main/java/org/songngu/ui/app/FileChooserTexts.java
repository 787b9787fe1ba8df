package org.songngu.ui.app;

import java.util.List;
import javax.swing.UIManager;

/**
 * Words Swing's file choosers in the UI language: their buttons, labels, tooltips and column
 * titles come from the look and feel's defaults, which Swing has in English only. FlatLaf's chooser
 * is Metal's, so these are the keys Metal's and Basic's chooser and its file pane read. Each is
 * read when a chooser is made, so they are set at start and again after each switch.
 */
final class FileChooserTexts {

    /** The UIManager keys set; each one's text is the message "fileChooser." + the key's last part. */
    static final List<String> TEXT_KEYS = List.of(
            "openButtonText", "saveButtonText", "cancelButtonText", "directoryOpenButtonText",
            "updateButtonText", "helpButtonText",
            "openButtonToolTipText", "saveButtonToolTipText", "cancelButtonToolTipText",
            "directoryOpenButtonToolTipText", "updateButtonToolTipText", "helpButtonToolTipText",
            "openDialogTitleText", "saveDialogTitleText",
            "lookInLabelText", "saveInLabelText", "fileNameLabelText", "folderNameLabelText", "filesOfTypeLabelText",
            "upFolderToolTipText", "upFolderAccessibleName", "homeFolderToolTipText", "homeFolderAccessibleName",
            "newFolderToolTipText", "newFolderAccessibleName", "listViewButtonToolTipText",
            "listViewButtonAccessibleName", "detailsViewButtonToolTipText", "detailsViewButtonAccessibleName",
            "acceptAllFileFilterText", "fileDescriptionText", "directoryDescriptionText",
            "newFolderErrorText", "newFolderParentDoesntExistTitleText", "newFolderParentDoesntExistText",
            "fileNameHeaderText", "fileSizeHeaderText", "fileTypeHeaderText", "fileDateHeaderText",
            "fileAttrHeaderText", "viewMenuLabelText", "refreshActionLabelText", "newFolderActionLabelText",
            "listViewActionLabelText", "detailsViewActionLabelText", "renameErrorTitleText", "renameErrorText",
            "renameErrorFileExistsText", "filesListAccessibleName", "filesDetailsAccessibleName");

    /**
     * The keys of the underlined letters, one letter from A to Z each in the messages: Swing's English letters
     * would underline nothing, or the wrong word, in the Vietnamese texts.
     */
    static final List<String> MNEMONIC_KEYS = List.of(
            "openButtonMnemonic", "saveButtonMnemonic", "directoryOpenButtonMnemonic",
            "lookInLabelMnemonic", "fileNameLabelMnemonic", "folderNameLabelMnemonic", "filesOfTypeLabelMnemonic");

    private FileChooserTexts() {
    }

    /** Sets the texts for the file choosers made from now on; on the event thread. */
    static void useLanguage() {
        for (String key : TEXT_KEYS) {
            UIManager.put("FileChooser." + key, Messages.get(messageKey(key)));
        }
        for (String key : MNEMONIC_KEYS) {
            // VK_A to VK_Z are the codes of 'A' to 'Z'.
            UIManager.put("FileChooser." + key, (int) Character.toUpperCase(Messages.get(messageKey(key)).charAt(0)));
        }
    }

    /** Our message for a UIManager key's last part. */
    static String messageKey(String key) {
        return "fileChooser." + key;
    }
}
