package org.songngu.ui.qa;

import java.util.List;
import org.songngu.core.qa.QaCheck;
import org.songngu.core.qa.QaFinding;
import org.songngu.ui.app.Messages;

/** QA findings worded in the UI's language from their facts, as the QA panel lists them. */
public final class FindingText {

    private FindingText() {
    }

    /** The check's name, such as "missing term". */
    public static String check(QaCheck check) {
        return switch (check) {
            case MISSING_TERM -> Messages.get("qa.check.missingTerm");
            case FORBIDDEN_TERM -> Messages.get("qa.check.forbiddenTerm");
            case NUMBERS -> Messages.get("qa.check.numbers");
            case LENGTH_RATIO -> Messages.get("qa.check.lengthRatio");
        };
    }

    /** What is wrong: the term, the renderings expected, the numbers that differ, the ratio. */
    public static String detail(QaFinding finding) {
        if (finding instanceof QaFinding.MissingTerm missing) {
            return missing.approved().size() == 1
                    ? Messages.get("qa.detail.missingTerm.one", missing.english(), alternatives(missing.approved()))
                    : Messages.get("qa.detail.missingTerm.many", missing.english(), alternatives(missing.approved()));
        }
        if (finding instanceof QaFinding.ForbiddenTerm forbidden) {
            return forbidden.approved().isEmpty()
                    ? Messages.get("qa.detail.forbiddenTerm", forbidden.forbidden(), forbidden.english())
                    : Messages.get("qa.detail.forbiddenTermUse", forbidden.forbidden(), forbidden.english(),
                            alternatives(forbidden.approved()));
        }
        if (finding instanceof QaFinding.NumbersDiffer numbers) {
            return numbers(numbers);
        }
        if (finding instanceof QaFinding.LengthRatio length) {
            return Messages.get("qa.detail.lengthRatio", length.ratio(), length.usualLow(), length.usualHigh());
        }
        throw new IllegalArgumentException("no text for " + finding);
    }

    private static String numbers(QaFinding.NumbersDiffer numbers) {
        String english = Messages.get("qa.detail.onlyEnglish", String.join(", ", numbers.onlyEnglish()));
        String vietnamese = Messages.get("qa.detail.onlyVietnamese", String.join(", ", numbers.onlyVietnamese()));
        if (numbers.onlyVietnamese().isEmpty()) {
            return english;
        }
        return numbers.onlyEnglish().isEmpty() ? vietnamese : Messages.get("qa.detail.bothSides", english, vietnamese);
    }

    /** Renderings quoted and joined as alternatives: “a” or “b”. */
    private static String alternatives(List<String> renderings) {
        String joined = Messages.get("qa.detail.quoted", renderings.get(0));
        for (String rendering : renderings.subList(1, renderings.size())) {
            joined = Messages.get("qa.detail.or", joined, Messages.get("qa.detail.quoted", rendering));
        }
        return joined;
    }
}
