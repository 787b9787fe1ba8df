package org.songngu.core.align;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.songngu.core.document.Sentence;
import org.songngu.core.text.MatchKey;

/**
 * Finds rows whose English or Vietnamese text contains a query, ignoring case and, if asked,
 * diacritics, so that "truyen mau" finds "Truyền máu".
 */
public final class TextSearch {

    private final String key;
    private final Function<String, String> fold;

    public TextSearch(String query, boolean ignoreDiacritics) {
        this.fold = ignoreDiacritics ? MatchKey::folded : TextSearch::lowerCase;
        this.key = fold.apply(query.strip());
    }

    /**
     * The first matching row after {@code from}, going on from the top after the last row, or -1
     * when no row matches or the query is blank.
     */
    public int next(Alignment alignment, int from) {
        int size = alignment.size();
        if (key.isEmpty() || size == 0) {
            return -1;
        }
        int start = Math.max(from + 1, 0);
        for (int step = 0; step < size; step++) {
            int row = (start + step) % size;
            if (matches(alignment.row(row))) {
                return row;
            }
        }
        return -1;
    }

    public boolean matches(AlignmentRow row) {
        return contains(row.english()) || contains(row.vietnamese());
    }

    private boolean contains(List<Sentence> sentences) {
        // Joined, so that a query running over a sentence boundary is found too.
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : sentences) {
            text.append(sentence.text()).append(' ');
        }
        return fold.apply(text.toString()).contains(key);
    }

    private static String lowerCase(String text) {
        // The query may come typed in decomposed form; document text is composed.
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
