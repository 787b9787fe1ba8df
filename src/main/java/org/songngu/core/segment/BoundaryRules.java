package org.songngu.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.songngu.core.text.Span;

/**
 * Decides which candidate breaks end a sentence, for the cases ICU's filtered iterator cannot
 * express: abbreviations whose meaning depends on the next word, initials, chains such as
 * "PGS.TS.", list numbers, and terminators followed by a lower-case word.
 */
final class BoundaryRules {

    private final AbbreviationList abbreviations;
    private final SentenceOpeners openers;

    BoundaryRules(AbbreviationList abbreviations, SentenceOpeners openers) {
        this.abbreviations = abbreviations;
        this.openers = openers;
    }

    /** The sentences of {@code text} given sorted candidate breaks, trimmed of white space. */
    List<Span> sentences(String text, int[] candidates) {
        List<Span> sentences = new ArrayList<>();
        int start = Punctuation.skipSpace(text, 0);
        for (int candidate : candidates) {
            if (candidate <= start) {
                continue;
            }
            int end = Punctuation.trimEnd(text, start, candidate);
            int next = Punctuation.skipSpace(text, candidate);
            if (end > start && next < text.length() && endsSentence(text, start, end, next)) {
                sentences.add(new Span(start, end));
                start = next;
            }
        }
        int end = Punctuation.trimEnd(text, start, text.length());
        if (end > start) {
            sentences.add(new Span(start, end));
        }
        return sentences;
    }

    /** Whether the sentence begun at {@code start} ends at {@code end}, the next one at {@code next}. */
    boolean endsSentence(String text, int start, int end, int next) {
        if (Punctuation.isClosingOnly(text.charAt(next))) {
            // A closing quote or bracket belongs to the sentence it closes.
            return false;
        }
        int word = Punctuation.skipOpeners(text, next);
        int first = word < text.length() ? text.codePointAt(word) : ' ';
        if (Character.isLowerCase(first)) {
            // "He said, "Stop!" and left.", "Sao vậy?" cô hỏi., "etc. and", "… nếu": one sentence.
            return false;
        }
        int stop = end - 1;
        while (stop > start && Punctuation.isCloser(text.charAt(stop))) {
            stop--;
        }
        if (text.charAt(stop) != '.' || (stop > start && text.charAt(stop - 1) == '.')) {
            // "?", "!", "…", "...", or a line break ICU keeps: a sentence ends before a capital.
            return true;
        }
        int tokenStart = tokenStart(text, start, stop);
        String token = text.substring(tokenStart, stop + 1);
        if (ListMarker.is(token) && (tokenStart == start || afterColon(text, start, tokenStart))) {
            // "1. Giảm nguy cơ.": the number heads the item, it is not a sentence of its own.
            return false;
        }
        if (stop != end - 1) {
            // "(Dr.) Smith" is too rare to matter; a closed quote or bracket after a full stop ends.
            return true;
        }
        Optional<AbbreviationKind> kind = abbreviations.kindOf(token);
        if (kind.isEmpty()) {
            return true;
        }
        boolean number = Character.isDigit(first);
        return switch (kind.get()) {
            case TITLE -> false;
            case END, NUMBER -> !number;
            case INITIAL -> !number && openers.opensAt(text, word);
            case WORD -> true;
        };
    }

    /** The start of the word that ends with the full stop at {@code stop}. */
    private static int tokenStart(String text, int start, int stop) {
        int i = stop;
        while (i > start) {
            char c = text.charAt(i - 1);
            if (Punctuation.isSpace(c) || Punctuation.isOpener(c)) {
                break;
            }
            i--;
        }
        return i;
    }

    private static boolean afterColon(String text, int start, int tokenStart) {
        int before = Punctuation.trimEnd(text, start, tokenStart);
        return before > start && text.charAt(before - 1) == ':';
    }
}
