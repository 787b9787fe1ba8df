package org.songngu.core.tm;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which rows of an alignment an export takes and how it writes them.
 *
 * @param confirmedOnly only rows a person has confirmed
 * @param minimumConfidence unconfirmed rows below this aligner confidence are left out; confirmed
 *     rows always pass, since a person's check outranks the aligner's guess and rows a person
 *     changed carry no confidence at all
 * @param includeOneSided also rows with one empty side (a sentence without counterpart); rows
 *     empty on both sides are never exported
 * @param direction which language is the source of each unit
 * @param sentenceJoiner what goes between the sentences of a side with more than one
 * @param englishCode the language code written for English, such as {@code en} or {@code en-US}
 * @param vietnameseCode the language code written for Vietnamese, such as {@code vi} or {@code vi-VN}
 */
public record ExportOptions(boolean confirmedOnly, double minimumConfidence, boolean includeOneSided,
        Direction direction, String sentenceJoiner, String englishCode, String vietnameseCode) {

    /** Which side is the source of a translation unit. */
    public enum Direction {
        EN_VI,
        VI_EN
    }

    // BCP 47 in outline: a primary language subtag and optional further subtags.
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public ExportOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(sentenceJoiner, "sentenceJoiner");
        if (!(minimumConfidence >= 0 && minimumConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence " + minimumConfidence + " is outside [0, 1]");
        }
        checkCode(englishCode);
        checkCode(vietnameseCode);
    }

    /** Every row with both sides, English as the source, sentences joined by a space, codes en and vi. */
    public static ExportOptions defaults() {
        return new ExportOptions(false, 0, false, Direction.EN_VI, " ", "en", "vi");
    }

    public ExportOptions withConfirmedOnly(boolean newConfirmedOnly) {
        return new ExportOptions(newConfirmedOnly, minimumConfidence, includeOneSided, direction, sentenceJoiner,
                englishCode, vietnameseCode);
    }

    public ExportOptions withMinimumConfidence(double newMinimum) {
        return new ExportOptions(confirmedOnly, newMinimum, includeOneSided, direction, sentenceJoiner, englishCode,
                vietnameseCode);
    }

    public ExportOptions withIncludeOneSided(boolean newIncludeOneSided) {
        return new ExportOptions(confirmedOnly, minimumConfidence, newIncludeOneSided, direction, sentenceJoiner,
                englishCode, vietnameseCode);
    }

    public ExportOptions withDirection(Direction newDirection) {
        return new ExportOptions(confirmedOnly, minimumConfidence, includeOneSided, newDirection, sentenceJoiner,
                englishCode, vietnameseCode);
    }

    public ExportOptions withSentenceJoiner(String newJoiner) {
        return new ExportOptions(confirmedOnly, minimumConfidence, includeOneSided, direction, newJoiner,
                englishCode, vietnameseCode);
    }

    public ExportOptions withLanguageCodes(String newEnglishCode, String newVietnameseCode) {
        return new ExportOptions(confirmedOnly, minimumConfidence, includeOneSided, direction, sentenceJoiner,
                newEnglishCode, newVietnameseCode);
    }

    private static void checkCode(String code) {
        Objects.requireNonNull(code, "language code");
        if (!LANGUAGE_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a language code such as en or vi-VN");
        }
    }
}
