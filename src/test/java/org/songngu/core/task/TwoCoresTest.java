package org.songngu.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class TwoCoresTest {

    @Test
    void bothResultsComeBackEachInItsPlace() {
        TwoCores.Results<String, Integer> results = TwoCores.both(() -> "other core", () -> 42);

        assertThat(results.elsewhere()).isEqualTo("other core");
        assertThat(results.here()).isEqualTo(42);
    }

    @Test
    void aCancellationOnTheOtherCoreComesOutAsItself() {
        assertThatThrownBy(() -> TwoCores.both(() -> {
            throw new CancellationException("cancelled");
        }, () -> { }))
                .isExactlyInstanceOf(CancellationException.class)
                .hasMessage("cancelled");
    }
}
