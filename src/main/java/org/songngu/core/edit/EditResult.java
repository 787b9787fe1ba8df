package org.songngu.core.edit;

import java.util.Objects;
import org.songngu.core.align.Alignment;

/**
 * What applying an edit gave: the new alignment and the edit that turns it back into the old one.
 */
public record EditResult(Alignment alignment, AlignmentEdit inverse) {

    public EditResult {
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(inverse, "inverse");
    }
}
