package org.songngu.core.align;

/** The shapes a bead can take: how many English and Vietnamese sentences it joins. */
public enum BeadType {
    ONE_ONE(1, 1),
    ONE_ZERO(1, 0),
    ZERO_ONE(0, 1),
    TWO_ONE(2, 1),
    ONE_TWO(1, 2),
    TWO_TWO(2, 2),
    THREE_ONE(3, 1),
    ONE_THREE(1, 3);

    /** The most sentences a bead takes from either side. */
    static final int MAX_SIDE = 3;

    private final int english;
    private final int vietnamese;

    BeadType(int english, int vietnamese) {
        this.english = english;
        this.vietnamese = vietnamese;
    }

    public int english() {
        return english;
    }

    public int vietnamese() {
        return vietnamese;
    }

    public boolean isPair() {
        return english > 0 && vietnamese > 0;
    }

    static BeadType of(int english, int vietnamese) {
        for (BeadType type : values()) {
            if (type.english == english && type.vietnamese == vietnamese) {
                return type;
            }
        }
        throw new IllegalArgumentException("no bead type joins " + english + " English and " + vietnamese + " Vietnamese sentences");
    }
}
