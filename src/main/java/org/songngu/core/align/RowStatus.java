package org.songngu.core.align;

/** Whether a person has checked a row; confirmed rows are anchors that realignment keeps. */
public enum RowStatus {
    UNCONFIRMED,
    CONFIRMED
}
