package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    @Test
    void writesFourDecimalsAsFormatDoes() {
        for (double value : new double[] {0, 1, 0.05, 0.5, 0.97, 0.1, 0.0001, 0.0999, 0.12344, 0.99994, 0.99996, 1e-9}) {
            assertThat(new Confidence(value).fourDecimals())
                    .as("confidence %s", value).isEqualTo(String.format(Locale.ROOT, "%.4f", value));
        }
    }
}
