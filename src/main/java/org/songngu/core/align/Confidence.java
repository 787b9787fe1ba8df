package org.songngu.core.align;

/** The aligner's probability, in [0, 1], that a row is right. */
public record Confidence(double value) {

    /** For rows a person made or changed: the aligner has no opinion on them. */
    public static final Confidence UNKNOWN = new Confidence(0);
    public static final Confidence CERTAIN = new Confidence(1);

    public Confidence {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("confidence " + value + " is outside [0, 1]");
        }
    }

    /** The value with four decimals, such as 0.9312, as bead lines and translation memories write it. */
    public String fourDecimals() {
        return fourDecimals(value);
    }

    /**
     * A probability in [0, 1] with four decimals, as {@code String.format("%.4f")} writes it but
     * without its locale look-ups, which took more time than all the rest of an export.
     */
    public static String fourDecimals(double value) {
        long scaled = Math.round(value * 10_000);
        long fraction = scaled % 10_000;
        StringBuilder text = new StringBuilder(6).append(scaled / 10_000).append('.');
        for (long digit = 1_000; digit > fraction && digit > 1; digit /= 10) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }
}
