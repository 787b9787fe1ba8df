package org.songngu.core.segment;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.songngu.core.text.Language;
import org.songngu.core.text.Span;

/** Splits paragraph text into sentences for one language. */
public final class SentenceSegmenter {

    private final Language language;

    private SentenceSegmenter(Language language) {
        this.language = language;
    }

    public static SentenceSegmenter forLanguage(Language language) {
        return new SentenceSegmenter(language);
    }

    public Language language() {
        return language;
    }

    /** The sentences of {@code text}, as spans without surrounding white space. */
    public List<Span> split(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(language.locale());
        iterator.setText(text);
        List<Span> spans = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                spans.add(new Span(s, e));
            }
        }
        return spans;
    }
}
