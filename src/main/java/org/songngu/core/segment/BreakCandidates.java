package org.songngu.core.segment;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;

/**
 * The places where a sentence may end: ICU's sentence breaks plus two kinds ICU never offers,
 * an ellipsis "…" before a capital and a full stop before a number ("ổn định. 3 ngày sau"),
 * which ICU joins because a lower-case word follows the number. Kept as a sorted int array.
 */
final class BreakCandidates {

    private BreakCandidates() {
    }

    /** Sorted, distinct positions strictly inside {@code text}, each at the start of what follows. */
    static int[] of(String text, BreakIterator iterator) {
        iterator.setText(text);
        int[] icu = new int[16];
        int icuCount = 0;
        for (int b = iterator.next(); b != BreakIterator.DONE && b < text.length(); b = iterator.next()) {
            if (icuCount == icu.length) {
                icu = Arrays.copyOf(icu, icuCount * 2);
            }
            icu[icuCount++] = b;
        }
        int[] extra = extra(text);
        return merge(icu, icuCount, extra);
    }

    private static int[] extra(String text) {
        int[] found = null;
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int candidate = -1;
            if (c == '\u2026') {
                candidate = afterEllipsis(text, i + 1);
            } else if (c == '.' && i + 1 < length && Punctuation.isSpace(text.charAt(i + 1))) {
                int next = Punctuation.skipSpace(text, i + 1);
                if (next < length && Character.isDigit(text.charAt(next))) {
                    candidate = next;
                }
            }
            if (candidate > 0) {
                if (found == null) {
                    found = new int[8];
                } else if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = candidate;
            }
        }
        return found == null ? new int[0] : Arrays.copyOf(found, count);
    }

    /** The start of the next sentence if "…" (and closing quotes) then a capitalised word follow. */
    private static int afterEllipsis(String text, int from) {
        int i = from;
        while (i < text.length() && Punctuation.isCloser(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || !Punctuation.isSpace(text.charAt(i))) {
            return -1;
        }
        int next = Punctuation.skipSpace(text, i);
        int word = Punctuation.skipOpeners(text, next);
        return word < text.length() && Character.isUpperCase(text.codePointAt(word)) ? next : -1;
    }

    private static int[] merge(int[] a, int aCount, int[] b) {
        if (b.length == 0) {
            return Arrays.copyOf(a, aCount);
        }
        int[] merged = new int[aCount + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < aCount || j < b.length) {
            int next = j == b.length || (i < aCount && a[i] <= b[j]) ? a[i++] : b[j++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        return Arrays.copyOf(merged, n);
    }
}
