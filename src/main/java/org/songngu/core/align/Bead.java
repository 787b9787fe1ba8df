package org.songngu.core.align;

/**
 * One row of a sentence alignment: consecutive English sentences [enStart, enStart + enCount)
 * matched with consecutive Vietnamese sentences [viStart, viStart + viCount). One side is empty
 * for a sentence without counterpart.
 *
 * @param confidence the probability, in [0, 1], that this row is right
 */
public record Bead(int enStart, int enCount, int viStart, int viCount, double confidence) {

    public Bead {
        if (enStart < 0 || viStart < 0 || enCount < 0 || viCount < 0 || enCount + viCount == 0) {
            throw new IllegalArgumentException("bead [" + enStart + "+" + enCount + "]:[" + viStart + "+" + viCount
                    + "] must cover at least one sentence at non-negative positions");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("bead confidence " + confidence + " is outside [0, 1]");
        }
    }

    public int enEnd() {
        return enStart + enCount;
    }

    public int viEnd() {
        return viStart + viCount;
    }

    public Bead withConfidence(double value) {
        return new Bead(enStart, enCount, viStart, viCount, value);
    }
}
