package org.songngu.core.qa;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One problem in one row: the check that found it and the facts it found, so that each reader
 * words it in its own language — the {@code qa} command in English ({@link #detail()}), the
 * workbench in the language of its UI.
 */
public sealed interface QaFinding {

    /** The row number as the grid shows it, from 1. */
    int row();

    QaCheck check();

    /** What is wrong, in English words the user can act on. */
    String detail();

    /** The finding as one line: {@code row 3: missing term: ...}. */
    default String line() {
        return "row " + row() + ": " + check().label() + ": " + detail();
    }

    /**
     * An English term is in the row but none of its approved renderings is.
     *
     * @param english the term as the glossary writes it
     * @param approved its approved renderings, in glossary order; at least one
     */
    record MissingTerm(int row, String english, List<String> approved) implements QaFinding {

        public MissingTerm {
            checkRow(row);
            Objects.requireNonNull(english, "english");
            approved = List.copyOf(approved);
            if (approved.isEmpty()) {
                throw new IllegalArgumentException("a term without approved renderings cannot miss one");
            }
        }

        @Override
        public QaCheck check() {
            return QaCheck.MISSING_TERM;
        }

        @Override
        public String detail() {
            return "'" + english + "' without " + (approved.size() == 1 ? "its approved rendering "
                    : "any of its approved renderings ") + quoted(approved);
        }
    }

    /**
     * A rendering the glossary forbids for an English term of the row is used.
     *
     * @param forbidden the forbidden rendering as the glossary writes it
     * @param approved the term's approved renderings, in glossary order; may be empty
     */
    record ForbiddenTerm(int row, String english, String forbidden, List<String> approved) implements QaFinding {

        public ForbiddenTerm {
            checkRow(row);
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(forbidden, "forbidden");
            approved = List.copyOf(approved);
        }

        @Override
        public QaCheck check() {
            return QaCheck.FORBIDDEN_TERM;
        }

        @Override
        public String detail() {
            String advice = approved.isEmpty() ? "" : "; use " + quoted(approved);
            return "'" + forbidden + "' is forbidden for '" + english + "'" + advice;
        }
    }

    /**
     * The two sides hold different numbers.
     *
     * @param onlyEnglish the numbers, as written, that the Vietnamese lacks
     * @param onlyVietnamese the numbers, as written, that the English lacks
     */
    record NumbersDiffer(int row, List<String> onlyEnglish, List<String> onlyVietnamese) implements QaFinding {

        public NumbersDiffer {
            checkRow(row);
            onlyEnglish = List.copyOf(onlyEnglish);
            onlyVietnamese = List.copyOf(onlyVietnamese);
            if (onlyEnglish.isEmpty() && onlyVietnamese.isEmpty()) {
                throw new IllegalArgumentException("numbers differ only when one side has a number the other lacks");
            }
        }

        @Override
        public QaCheck check() {
            return QaCheck.NUMBERS;
        }

        @Override
        public String detail() {
            String english = "only in the English: " + String.join(", ", onlyEnglish);
            String vietnamese = "only in the Vietnamese: " + String.join(", ", onlyVietnamese);
            if (onlyVietnamese.isEmpty()) {
                return english;
            }
            return onlyEnglish.isEmpty() ? vietnamese : english + "; " + vietnamese;
        }
    }

    /**
     * The Vietnamese is far longer or shorter than this document's rows usually are.
     *
     * @param ratio the row's Vietnamese length divided by its English length, in characters
     * @param usualLow the lowest ratio usual in the document
     * @param usualHigh the highest ratio usual in the document
     */
    record LengthRatio(int row, double ratio, double usualLow, double usualHigh) implements QaFinding {

        public LengthRatio {
            checkRow(row);
            if (!(usualLow <= usualHigh)) {
                throw new IllegalArgumentException(
                        "the usual range runs from low to high, not " + usualLow + " to " + usualHigh);
            }
        }

        @Override
        public QaCheck check() {
            return QaCheck.LENGTH_RATIO;
        }

        @Override
        public String detail() {
            return String.format(Locale.ROOT,
                    "the Vietnamese is %.1f times as long as the English; this document's rows are usually %.1f to %.1f",
                    ratio, usualLow, usualHigh);
        }
    }

    private static void checkRow(int row) {
        if (row < 1) {
            throw new IllegalArgumentException("row numbers start at 1, not " + row);
        }
    }

    private static String quoted(List<String> renderings) {
        return renderings.stream().map(r -> "'" + r + "'").collect(Collectors.joining(" or "));
    }
}
