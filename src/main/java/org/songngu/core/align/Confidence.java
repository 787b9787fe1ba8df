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
}
