package org.songngu.ui.app;

import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JRadioButtonMenuItem;
import org.songngu.ui.action.Command;
import org.songngu.ui.action.CommandActions;

/**
 * The workbench's menu bar: every command in its menu, with the theme and language switches under
 * View. Its texts follow the UI language ({@link Texts}); the commands' names come from their actions.
 */
final class WorkbenchMenus {

    private final CommandActions actions;
    private final JMenu recentProjects;
    private final Consumer<String> chooseLanguage;

    /** @param chooseLanguage takes the language code the user chose for the UI */
    WorkbenchMenus(CommandActions actions, JMenu recentProjects, Consumer<String> chooseLanguage) {
        this.actions = actions;
        this.recentProjects = recentProjects;
        this.chooseLanguage = chooseLanguage;
    }

    JMenuBar bar() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file", Command.NEW_ALIGNMENT, Command.OPEN);
        file.add(recentProjects);
        file.addSeparator();
        addAll(file, Command.SAVE, Command.SAVE_AS, null, Command.EXPORT, Command.IMPORT, null, Command.QUIT);
        bar.add(file);
        bar.add(menu("menu.edit", Command.UNDO, Command.REDO, null, Command.EDIT_TEXT, Command.MERGE_WITH_NEXT,
                Command.MERGE_WITH_PREVIOUS, Command.SPLIT_ROW, null, Command.MOVE_ENGLISH_UP, Command.MOVE_ENGLISH_DOWN,
                Command.MOVE_VIETNAMESE_UP, Command.MOVE_VIETNAMESE_DOWN, null, Command.INSERT_EMPTY_ROW,
                Command.DELETE_EMPTY_ROW, null, Command.TOGGLE_CONFIRMED, Command.REALIGN));
        bar.add(menu("menu.navigate", Command.NEXT_LOW_CONFIDENCE, Command.PREVIOUS_LOW_CONFIDENCE,
                Command.NEXT_UNCONFIRMED, Command.GO_TO_ROW, null, Command.FIND));
        bar.add(menu("menu.terms", Command.GLOSSARY, Command.ADD_TERM, null, Command.QA, Command.TERMS, Command.CANDIDATES));
        bar.add(viewMenu());
        bar.add(menu("menu.help", Command.KEYBOARD_HELP));
        return bar;
    }

    private JMenu viewMenu() {
        JMenu view = Texts.text(new JMenu(), () -> Messages.get("menu.view"));
        view.setName("menu.view");
        JCheckBoxMenuItem dark = Texts.text(new JCheckBoxMenuItem(), () -> Messages.get("menu.view.dark"));
        dark.setName("menu.view.dark");
        dark.addActionListener(event -> Theme.switchTo(dark.isSelected()));
        view.add(dark);
        JMenu language = Texts.text(new JMenu(), () -> Messages.get("menu.view.language"));
        language.setName("menu.view.language");
        ButtonGroup languages = new ButtonGroup();
        // Each language is named in itself, so that a user who cannot read the current one finds theirs.
        for (String code : new String[] {"en", "vi"}) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(code.equals("vi") ? "Tiếng Việt" : "English");
            item.setName("menu.view.language." + code);
            item.setSelected(code.equals(Messages.language()));
            item.addActionListener(event -> chooseLanguage.accept(code));
            languages.add(item);
            language.add(item);
        }
        view.add(language);
        return view;
    }

    /** A menu named by its message key; a null between the commands draws a separator. */
    private JMenu menu(String key, Command... commands) {
        JMenu menu = Texts.text(new JMenu(), () -> text(key));
        menu.setName(key);
        addAll(menu, commands);
        return menu;
    }

    private void addAll(JMenu menu, Command... commands) {
        for (Command command : commands) {
            if (command == null) {
                menu.addSeparator();
            } else {
                menu.add(actions.menuItem(command));
            }
        }
    }

    private static String text(String key) {
        // The menu keys are listed here so that MessagesTest finds them.
        return switch (key) {
            case "menu.file" -> Messages.get("menu.file");
            case "menu.edit" -> Messages.get("menu.edit");
            case "menu.navigate" -> Messages.get("menu.navigate");
            case "menu.help" -> Messages.get("menu.help");
            case "menu.terms" -> Messages.get("menu.terms");
            default -> throw new IllegalArgumentException("no menu " + key);
        };
    }
}
