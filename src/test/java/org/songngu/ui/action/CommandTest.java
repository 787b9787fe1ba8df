package org.songngu.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void noTwoCommandsShareAKeyStroke() {
        List<KeyStroke> strokes = Stream.of(Command.values()).flatMap(c -> c.keyStrokes().stream()).toList();

        assertThat(strokes).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void redoHasBothUsualStrokesAndTheHelpNamesThem() {
        assertThat(Command.REDO.keyStrokes()).containsExactly(KeyStroke.getKeyStroke("ctrl Y"),
                KeyStroke.getKeyStroke("ctrl shift Z"));
        assertThat(Command.REDO.keyStrokeText()).isEqualTo("Ctrl+Y, Ctrl+Shift+Z");
        assertThat(Command.NEXT_LOW_CONFIDENCE.keyStrokeText()).isEqualTo("F8");
    }
}
