package org.songngu.ui.action;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.KeyStroke;
import org.songngu.ui.app.Messages;

/**
 * Every command of the workbench, declared once with its text and key strokes, so that menus, key
 * bindings and the keyboard help cannot disagree.
 */
public enum Command {
    NEW_ALIGNMENT("command.newAlignment", "ctrl N"),
    OPEN("command.open", "ctrl O"),
    SAVE("command.save", "ctrl S"),
    SAVE_AS("command.saveAs", "ctrl shift S"),
    EXPORT("command.export", "ctrl E"),
    IMPORT("command.import", "ctrl shift O"),
    QUIT("command.quit", "ctrl Q"),
    UNDO("command.undo", "ctrl Z"),
    REDO("command.redo", "ctrl Y", "ctrl shift Z"),
    EDIT_TEXT("command.editText", "F2"),
    MERGE_WITH_NEXT("command.mergeWithNext", "ctrl M"),
    MERGE_WITH_PREVIOUS("command.mergeWithPrevious", "ctrl shift M"),
    SPLIT_ROW("command.splitRow", "ctrl K"),
    MOVE_ENGLISH_UP("command.moveEnglishUp", "alt UP"),
    MOVE_ENGLISH_DOWN("command.moveEnglishDown", "alt DOWN"),
    MOVE_VIETNAMESE_UP("command.moveVietnameseUp", "alt shift UP"),
    MOVE_VIETNAMESE_DOWN("command.moveVietnameseDown", "alt shift DOWN"),
    INSERT_EMPTY_ROW("command.insertEmptyRow", "ctrl I"),
    DELETE_EMPTY_ROW("command.deleteEmptyRow", "ctrl D"),
    TOGGLE_CONFIRMED("command.toggleConfirmed", "ctrl ENTER"),
    REALIGN("command.realign", "ctrl R"),
    NEXT_LOW_CONFIDENCE("command.nextLowConfidence", "F8"),
    PREVIOUS_LOW_CONFIDENCE("command.previousLowConfidence", "shift F8"),
    NEXT_UNCONFIRMED("command.nextUnconfirmed", "F7"),
    FIND("command.find", "ctrl F"),
    GO_TO_ROW("command.goToRow", "ctrl G"),
    GLOSSARY("command.glossary", "ctrl shift G"),
    ADD_TERM("command.addTerm", "ctrl T"),
    QA("command.qa", "F9"),
    TERMS("command.terms", "shift F9"),
    CANDIDATES("command.candidates", "ctrl F9"),
    KEYBOARD_HELP("command.keyboardHelp", "F1");

    private final String messageKey;
    private final List<KeyStroke> keyStrokes;

    Command(String messageKey, String... keyStrokes) {
        this.messageKey = messageKey;
        this.keyStrokes = Arrays.stream(keyStrokes).map(KeyStroke::getKeyStroke).toList();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The strokes that run the command; the first is the one menus show. */
    public List<KeyStroke> keyStrokes() {
        return keyStrokes;
    }

    public String label() {
        // The one call with a variable key: MessagesTest checks every command's key separately.
        return Messages.get(messageKey);
    }

    /** The key strokes as the user reads them, such as "Ctrl+Y, Ctrl+Shift+Z". */
    public String keyStrokeText() {
        return keyStrokes.stream().map(Command::describe).collect(Collectors.joining(", "));
    }

    private static String describe(KeyStroke stroke) {
        String modifiers = InputEvent.getModifiersExText(stroke.getModifiers());
        String key = KeyEvent.getKeyText(stroke.getKeyCode());
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }
}
