package org.songngu.core.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.songngu.core.text.Span;

/** The hand-written boundary corpus: cases read from resources, and accuracy over them. */
final class BoundaryCorpus {

    static final String MARK = " \u2016 ";

    /** One line of a corpus file: the input and the sentences it must split into. */
    record Case(String file, int line, String input, List<String> expected) {

        static Case parse(String file, int line, String text) {
            return new Case(file, line, text.replace(MARK, " "), List.of(text.split(MARK)));
        }

        /** Offsets in {@link #input()} where a sentence must end. */
        Set<Integer> expectedEnds() {
            Set<Integer> ends = new TreeSet<>();
            int offset = 0;
            for (int i = 0; i < expected.size() - 1; i++) {
                offset += expected.get(i).length();
                ends.add(offset);
                offset++;
            }
            return ends;
        }

        /**
         * Offsets where a segmenter has to decide: after ".", "?", "!" or "…" (and any closing
         * quotes or brackets) followed by white space, plus any expected end not of that shape.
         */
        Set<Integer> decisionPoints() {
            Set<Integer> points = new TreeSet<>(expectedEnds());
            for (int i = 0; i < input.length() - 1; i++) {
                char c = input.charAt(i);
                if (c == '.' || c == '?' || c == '!' || c == '\u2026') {
                    int j = i + 1;
                    while (j < input.length() && Punctuation.isCloser(input.charAt(j))) {
                        j++;
                    }
                    if (j < input.length() && Punctuation.isSpace(input.charAt(j))) {
                        points.add(j);
                    }
                }
            }
            return points;
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + input;
        }
    }

    /** Correct cases and correct boundary decisions against their totals. */
    record Accuracy(int correctCases, int cases, int correctDecisions, int decisions) {

        Accuracy plus(Accuracy other) {
            return new Accuracy(correctCases + other.correctCases, cases + other.cases,
                    correctDecisions + other.correctDecisions, decisions + other.decisions);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "cases %d/%d (%.1f%%), boundary decisions %d/%d (%.1f%%)",
                    correctCases, cases, 100.0 * correctCases / cases,
                    correctDecisions, decisions, 100.0 * correctDecisions / decisions);
        }
    }

    private BoundaryCorpus() {
    }

    static List<Case> read(String resource) {
        InputStream stream = BoundaryCorpus.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("test resource " + resource + " is missing");
        }
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(Case.parse(resource, number, line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static List<String> sentences(SentenceSegmenter segmenter, String input) {
        return segmenter.split(input).stream().map(span -> span.of(input)).toList();
    }

    static Accuracy measure(SentenceSegmenter segmenter, List<Case> cases) {
        int correctCases = 0;
        int correctDecisions = 0;
        int decisions = 0;
        for (Case c : cases) {
            List<Span> spans = segmenter.split(c.input());
            if (spans.stream().map(span -> span.of(c.input())).toList().equals(c.expected())) {
                correctCases++;
            }
            Set<Integer> actualEnds = new TreeSet<>();
            for (int i = 0; i < spans.size() - 1; i++) {
                actualEnds.add(spans.get(i).end());
            }
            Set<Integer> expectedEnds = c.expectedEnds();
            for (int point : c.decisionPoints()) {
                decisions++;
                if (actualEnds.contains(point) == expectedEnds.contains(point)) {
                    correctDecisions++;
                }
            }
        }
        return new Accuracy(correctCases, cases.size(), correctDecisions, decisions);
    }
}
