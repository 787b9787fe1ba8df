package org.songngu.core.qa;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermStatus;

/**
 * How one English term is rendered across an alignment: in how many rows it occurs, how often each
 * of its glossary renderings occurs in those rows, and in how many of them none does.
 *
 * @param renderings the renderings found, most used first, then in glossary order
 */
public record TermUsage(String english, int rows, List<Rendering> renderings, int rowsWithoutRendering) {

    /** One rendering of the term and how many times it occurs in the rows that have the term. */
    public record Rendering(TermEntry entry, int count) {

        public Rendering {
            Objects.requireNonNull(entry, "entry");
        }
    }

    public TermUsage {
        Objects.requireNonNull(english, "english");
        renderings = List.copyOf(renderings);
    }

    /** The report line: {@code retransfusion → truyền máu ngược ×5, tái truyền máu ×2 (forbidden)}. */
    public String line() {
        String found = renderings.stream().map(r -> r.entry().vietnamese() + " ×" + r.count()
                + (r.entry().status() == TermStatus.FORBIDDEN ? " (forbidden)" : ""))
                .collect(Collectors.joining(", "));
        String none = rowsWithoutRendering == 0 ? "" : (found.isEmpty() ? "" : ", ") + "no rendering in "
                + rowsWithoutRendering + (rowsWithoutRendering == 1 ? " row" : " rows");
        return english + " → " + found + none;
    }
}
