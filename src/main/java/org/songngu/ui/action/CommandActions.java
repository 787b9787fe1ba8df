package org.songngu.ui.action;

import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JMenuItem;

/** One {@link Action} per {@link Command}, shared by the menus and the key bindings. */
public final class CommandActions {

    private final Map<Command, Action> actions = new EnumMap<>(Command.class);

    public CommandActions(Consumer<Command> perform) {
        for (Command command : Command.values()) {
            Action action = new AbstractAction(command.label()) {
                @Override
                public void actionPerformed(ActionEvent event) {
                    perform.accept(command);
                }
            };
            action.putValue(Action.ACCELERATOR_KEY, command.keyStrokes().get(0));
            action.putValue(Action.ACTION_COMMAND_KEY, command.name());
            actions.put(command, action);
        }
    }

    public Action get(Command command) {
        return actions.get(command);
    }

    public JMenuItem menuItem(Command command) {
        JMenuItem item = new JMenuItem(get(command));
        item.setName("menu." + command.messageKey());
        return item;
    }

    /**
     * Binds every stroke of every command on {@code target} while it or a child has the focus. The
     * bindings go on the component itself because a table's own bindings (Ctrl+Enter, F8) would
     * otherwise take the keys before the menu accelerators see them.
     */
    public void bindKeys(JComponent target) {
        InputMap keys = target.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        ActionMap targetActions = target.getActionMap();
        actions.forEach((command, action) -> {
            command.keyStrokes().forEach(stroke -> keys.put(stroke, command));
            targetActions.put(command, action);
        });
    }

    /** Names every action again from its command's message, as after the UI language changed. */
    public void relabel() {
        actions.forEach((command, action) -> action.putValue(Action.NAME, command.label()));
    }

    /** Enables exactly the commands that apply now; a disabled action ignores its keys too. */
    public void enableWhere(Predicate<Command> applicable) {
        actions.forEach((command, action) -> action.setEnabled(applicable.test(command)));
    }
}
