package org.songngu.core.segment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.songngu.core.text.Language;

/** The abbreviations of one language, each with the {@link AbbreviationKind} that says how it ends. */
final class AbbreviationList {

    private final Map<String, AbbreviationKind> kinds;

    private AbbreviationList(Map<String, AbbreviationKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The bundled list for {@code language}, extended (and overridden) by {@code extra} entries. */
    static AbbreviationList load(Language language, Collection<String> extra) {
        String resource = "abbreviations-" + language.code() + ".txt";
        Map<String, AbbreviationKind> kinds = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            try {
                put(kinds, line.text());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + " line " + line.number() + ": " + e.getMessage(), e);
            }
        }
        for (String entry : extra) {
            if (entry == null) {
                throw new IllegalArgumentException("an extra abbreviation is null");
            }
            put(kinds, entry.strip());
        }
        return new AbbreviationList(kinds);
    }

    /** Parses "Dr." or "No. number"; messages name the entry and the rule it breaks. */
    private static void put(Map<String, AbbreviationKind> kinds, String entry) {
        String[] fields = entry.split("\\s+");
        String abbreviation = fields[0];
        if (fields.length > 2) {
            throw new IllegalArgumentException("abbreviation '" + entry
                    + "' has more than two fields: write one abbreviation and an optional kind");
        }
        if (abbreviation.length() < 2 || !abbreviation.endsWith(".")) {
            throw new IllegalArgumentException("abbreviation '" + abbreviation + "' must end with a full stop");
        }
        if (abbreviation.contains("..")) {
            throw new IllegalArgumentException("abbreviation '" + abbreviation + "' must not contain an empty part");
        }
        AbbreviationKind kind = fields.length == 2 ? named(abbreviation, fields[1]) : AbbreviationKind.TITLE;
        kinds.put(abbreviation, kind);
    }

    private static AbbreviationKind named(String abbreviation, String kind) {
        try {
            return AbbreviationKind.named(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("abbreviation '" + abbreviation + "' has " + e.getMessage(), e);
        }
    }

    /**
     * How the full stop ending {@code token} behaves, if the token is an abbreviation: a listed
     * entry, a capitalised form of a lower-case entry, a single capital letter (an initial), or a
     * chain of those ("PGS.TS.", "J.R.R.").
     */
    Optional<AbbreviationKind> kindOf(String token) {
        AbbreviationKind kind = single(token);
        if (kind != null) {
            return Optional.of(kind);
        }
        int inner = token.lastIndexOf('.', token.length() - 2);
        if (inner < 0) {
            return Optional.empty();
        }
        // A chain: every part must be known; the last part decides ("PGS.TS." ends like "TS.").
        int partStart = 0;
        AbbreviationKind last = null;
        for (int dot = token.indexOf('.'); dot >= 0; dot = token.indexOf('.', partStart)) {
            String part = token.substring(partStart, dot + 1);
            last = part.length() > 1 ? single(part) : null;
            if (last == null || last == AbbreviationKind.WORD) {
                return Optional.empty();
            }
            partStart = dot + 1;
        }
        return partStart == token.length() ? Optional.ofNullable(last) : Optional.empty();
    }

    private AbbreviationKind single(String token) {
        AbbreviationKind kind = kinds.get(token);
        if (kind != null) {
            return kind;
        }
        int first = token.codePointAt(0);
        int firstLength = Character.charCount(first);
        if (Character.isUpperCase(first)) {
            if (firstLength + 1 == token.length()) {
                return AbbreviationKind.INITIAL;
            }
            // "Vd." or "E.g." opening a sentence is still the abbreviation "vd." or "e.g.".
            String lowered = new StringBuilder(token.length())
                    .appendCodePoint(Character.toLowerCase(first))
                    .append(token, firstLength, token.length())
                    .toString();
            return kinds.get(lowered);
        }
        return null;
    }

    /**
     * The titles ICU's filtered break iterator may suppress on its own. ICU matches an entry
     * against the end of the preceding word, so "ca." would also stop the break in "Africa. The";
     * only capitalised single-part titles are safe from that, and {@link BoundaryRules} handles
     * every other entry with a whole-token look-up.
     */
    List<String> icuSuppressions() {
        List<String> safe = new ArrayList<>();
        kinds.forEach((abbreviation, kind) -> {
            if (kind == AbbreviationKind.TITLE
                    && abbreviation.length() >= 3
                    && Character.isUpperCase(abbreviation.codePointAt(0))
                    && abbreviation.indexOf('.') == abbreviation.length() - 1) {
                safe.add(abbreviation);
            }
        });
        safe.sort(null);
        return safe;
    }
}
