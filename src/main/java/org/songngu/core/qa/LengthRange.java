package org.songngu.core.qa;

import java.util.Arrays;
import java.util.Optional;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;

/**
 * The usual Vietnamese-to-English length ratio of one document, learnt from its own 1–1 rows, and
 * the test of whether a row is far outside it.
 *
 * <p>Why this shape: length ratios vary by text type (a drug leaflet is not a novel), so a fixed
 * range would either flag whole documents or miss real misalignments; the document's own rows are
 * the best evidence. Ratios are compared as logarithms, where 2× longer and 2× shorter are equally
 * far from 1. The centre is the median and the spread the median absolute deviation scaled by
 * 1.4826 (equal to the standard deviation for normal data): unlike mean and standard deviation,
 * neither is dragged by the very misalignments we look for. A row is flagged beyond
 * {@value #SPREADS} spreads, which for normal data is 0.3% of rows. Lengths get
 * {@value #SMOOTHING} characters added so that short rows ("Yes." / "Vâng, đúng vậy.") are not flagged
 * for a ratio that is large only because the lengths are small. The spread has a floor of
 * {@value #MIN_SPREAD} so a very regular document does not flag ordinary variation, and fewer than
 * {@value #MIN_ROWS} 1–1 rows give no range at all.
 */
public record LengthRange(double median, double spread) {

    static final double SPREADS = 3.0;
    static final double SMOOTHING = 10.0;
    static final double MIN_SPREAD = 0.1;
    static final int MIN_ROWS = 8;

    /** The range of this alignment's 1–1 rows; empty when it has too few to say. */
    public static Optional<LengthRange> of(Alignment alignment) {
        double[] ratios = new double[alignment.size()];
        int count = 0;
        for (AlignmentRow row : alignment.rows()) {
            if (row.english().size() == 1 && row.vietnamese().size() == 1) {
                ratios[count++] = logRatio(row.english().get(0).text().length(), row.vietnamese().get(0).text().length());
            }
        }
        if (count < MIN_ROWS) {
            return Optional.empty();
        }
        double median = median(Arrays.copyOf(ratios, count));
        double[] deviations = new double[count];
        for (int i = 0; i < count; i++) {
            deviations[i] = Math.abs(ratios[i] - median);
        }
        return Optional.of(new LengthRange(median, Math.max(MIN_SPREAD, 1.4826 * median(deviations))));
    }

    /** Whether a row of these lengths (in characters) is outside the range. */
    public boolean isOutside(int englishLength, int vietnameseLength) {
        return Math.abs(logRatio(englishLength, vietnameseLength) - median) > SPREADS * spread;
    }

    /** The lowest usual Vietnamese/English ratio. */
    public double low() {
        return Math.exp(median - SPREADS * spread);
    }

    /** The highest usual Vietnamese/English ratio. */
    public double high() {
        return Math.exp(median + SPREADS * spread);
    }

    static double logRatio(int englishLength, int vietnameseLength) {
        return Math.log((vietnameseLength + SMOOTHING) / (englishLength + SMOOTHING));
    }

    /** The median of {@code values}, which it sorts. */
    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
