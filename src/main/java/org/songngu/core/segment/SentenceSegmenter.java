package org.songngu.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.songngu.core.text.Language;
import org.songngu.core.text.Span;

/**
 * Splits paragraph text into sentences for one language: ICU's sentence breaks, filtered by our
 * own abbreviation lists, then corrected by {@link BoundaryRules}. Immutable and thread-safe.
 */
public final class SentenceSegmenter {

    private static final Map<Language, SentenceSegmenter> DEFAULTS = new ConcurrentHashMap<>();

    private final Language language;
    // ICU iterators keep the text they walk, so each call works on its own clone of this one.
    private final BreakIterator prototype;
    private final BoundaryRules rules;

    private SentenceSegmenter(Language language, AbbreviationList abbreviations) {
        this.language = language;
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        for (String abbreviation : abbreviations.icuSuppressions()) {
            builder.suppressBreakAfter(abbreviation);
        }
        this.prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(language.locale()));
        this.rules = new BoundaryRules(abbreviations, SentenceOpeners.load(language));
    }

    /** The segmenter for {@code language} with the bundled abbreviation list; loaded once. */
    public static SentenceSegmenter forLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        return DEFAULTS.computeIfAbsent(language, l -> new SentenceSegmenter(l, AbbreviationList.load(l, List.of())));
    }

    /**
     * A segmenter whose bundled abbreviations are extended by {@code extraAbbreviations}, each
     * written as a line of the bundled lists: "Dept." (never ends a sentence) or with a kind,
     * "Tel. number", "Bros. end", "N.Y. initial", "Fig. word" (an entry here replaces a bundled one).
     *
     * @throws IllegalArgumentException naming the entry when one lacks its full stop or has an
     *     unknown kind
     */
    public static SentenceSegmenter forLanguage(Language language, Collection<String> extraAbbreviations) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(extraAbbreviations, "extraAbbreviations");
        return new SentenceSegmenter(language, AbbreviationList.load(language, extraAbbreviations));
    }

    public Language language() {
        return language;
    }

    /** The sentences of {@code text}, in order, as spans without surrounding white space. */
    public List<Span> split(String text) {
        BreakIterator iterator = prototype.clone();
        return rules.sentences(text, BreakCandidates.of(text, iterator));
    }
}
