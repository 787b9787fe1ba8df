package org.songngu.core.align;

import java.util.Objects;

/** One English–Vietnamese translation pair: "patient" → "bệnh nhân". */
public record LexiconEntry(String english, String vietnamese) {

    public LexiconEntry {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(vietnamese, "vietnamese");
        if (english.isBlank() || vietnamese.isBlank()) {
            throw new IllegalArgumentException("a lexicon entry needs both an English and a Vietnamese side");
        }
    }
}
