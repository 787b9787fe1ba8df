package org.songngu.core.glossary;

import java.util.Objects;
import org.songngu.core.text.TextNormalizer;

/**
 * One glossary entry: an English term, a Vietnamese rendering of it, whether that rendering is
 * approved or forbidden, and a free note. Terms are kept in NFC with their spaces trimmed and
 * runs of white space made one space; they must hold at least one letter or digit, since matching
 * works on words.
 */
public record TermEntry(String english, String vietnamese, TermStatus status, String note) {

    public TermEntry {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        english = clean(english);
        vietnamese = clean(vietnamese);
        note = TextNormalizer.normalize(note).strip();
        if (english.isEmpty()) {
            throw new IllegalArgumentException("the English term cannot be blank");
        }
        if (vietnamese.isEmpty()) {
            throw new IllegalArgumentException("the Vietnamese term for '" + english + "' cannot be blank");
        }
        requireNoControl(english, "English term", false);
        requireNoControl(vietnamese, "Vietnamese term", false);
        requireNoControl(note, "note", true);
        if (TermTokens.english(english).isEmpty()) {
            throw new IllegalArgumentException("the English term '" + english + "' has no letter or digit");
        }
        if (TermTokens.vietnamese(vietnamese).isEmpty()) {
            throw new IllegalArgumentException("the Vietnamese term '" + vietnamese + "' has no letter or digit");
        }
    }

    /** An approved rendering without a note. */
    public static TermEntry approved(String english, String vietnamese) {
        return new TermEntry(english, vietnamese, TermStatus.APPROVED, "");
    }

    /** A forbidden rendering without a note. */
    public static TermEntry forbidden(String english, String vietnamese) {
        return new TermEntry(english, vietnamese, TermStatus.FORBIDDEN, "");
    }

    /**
     * The English term's matching key: its words lower-cased and stemmed, so "Patients" and
     * "patient" share one.
     */
    public String englishKey() {
        return TermTokens.key(TermTokens.english(english));
    }

    /** The Vietnamese term's matching key: its syllables lower-cased with tone placement unified. */
    public String vietnameseKey() {
        return TermTokens.key(TermTokens.vietnamese(vietnamese));
    }

    /** How the entry reads in messages: {@code 'retransfusion' → 'truyền máu ngược'}. */
    public String pair() {
        return "'" + english + "' → '" + vietnamese + "'";
    }

    /** Control characters are invisible, and XML (TBX) cannot hold most of them at all. */
    private static void requireNoControl(String text, String what, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(lineBreaks && c == '\n')) {
                throw new IllegalArgumentException(String.format("the %s '%s' holds the control character U+%04X",
                        what, text.replace(c, '?'), (int) c));
            }
        }
    }

    private static String clean(String term) {
        return TextNormalizer.normalize(term).strip().replaceAll("\\s+", " ");
    }
}
