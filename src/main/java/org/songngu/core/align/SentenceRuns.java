package org.songngu.core.align;

/**
 * What the scorer asks of a run of one to {@link BeadType#MAX_SIDE} consecutive sentences of one
 * side, worked out once per run: a lattice asks it again for every bead the run can end in.
 */
final class SentenceRuns {

    /** Characters (plus one per sentence) before each sentence: a run's length is a difference. */
    private final int[] ends;
    /** [count - 1][start]: the run's {@link Cue} bits taken together. */
    private final byte[][] cues;
    /** [count - 1][start]: how many paragraphs start inside the run, after its first sentence. */
    private final byte[][] innerBreaks;
    /** [count - 1][start]: half the log of the run's length. */
    private final double[][] halfLogLength;

    SentenceRuns(SentenceFeatures[] side) {
        int n = side.length;
        ends = new int[n + 1];
        for (int s = 0; s < n; s++) {
            ends[s + 1] = ends[s] + side[s].chars + 1;
        }
        cues = new byte[BeadType.MAX_SIDE][n];
        innerBreaks = new byte[BeadType.MAX_SIDE][n];
        halfLogLength = new double[BeadType.MAX_SIDE][n];
        for (int count = 1; count <= BeadType.MAX_SIDE; count++) {
            for (int start = 0; start + count <= n; start++) {
                cues[count - 1][start] = (byte) Cue.of(side, start, count);
                int breaks = 0;
                for (int s = start + 1; s < start + count; s++) {
                    breaks += side[s].has(Cue.PARAGRAPH_START) ? 1 : 0;
                }
                innerBreaks[count - 1][start] = (byte) breaks;
                halfLogLength[count - 1][start] = 0.5 * Math.log(length(start, count));
            }
        }
    }

    /** Characters of the run, one more per sentence for the space between them. */
    int length(int start, int count) {
        return ends[start + count] - ends[start];
    }

    int cues(int start, int count) {
        return cues[count - 1][start];
    }

    int innerBreaks(int start, int count) {
        return innerBreaks[count - 1][start];
    }

    double halfLogLength(int start, int count) {
        return halfLogLength[count - 1][start];
    }
}
