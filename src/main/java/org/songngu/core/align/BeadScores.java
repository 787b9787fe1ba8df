package org.songngu.core.align;

/** Scores of beads by where they end; NaN for a bead that is not to be considered. */
interface BeadScores {

    /** The score of the bead of {@code type} ending before English sentence {@code i} and Vietnamese {@code j}. */
    double score(BeadType type, int i, int j);
}
