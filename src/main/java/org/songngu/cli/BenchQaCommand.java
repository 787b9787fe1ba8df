package org.songngu.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Sentence;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermStatus;
import org.songngu.core.qa.QaChecker;
import org.songngu.core.qa.QaFinding;
import org.songngu.core.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench-qa}: measures QA of generated rows against a generated glossary. Nothing is warmed
 * up first: the figure is what a user running {@code qa} once would wait.
 */
@Command(name = "bench-qa", hidden = true,
        description = "Measure QA speed on generated rows and a generated glossary.")
final class BenchQaCommand implements Callable<Integer> {

    // Made-up word parts: terms that look like words without being any real vocabulary.
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "br", "cl", "st"};
    private static final String[] RIMES = {"a", "e", "i", "o", "u", "an", "el", "in", "or", "us", "ate", "ine"};
    private static final String[] VI_ONSETS = {"b", "c", "d", "đ", "g", "h", "l", "m", "n", "ng", "nh", "ph", "t", "th", "tr", "x"};
    private static final String[] VI_RIMES = {"a", "á", "à", "ả", "ã", "ạ", "ê", "ế", "ề", "ô", "ố", "ồ", "ơ", "ớ",
        "ư", "ứ", "an", "ang", "inh", "ương", "uyền", "iệt", "ấu", "ộc"};
    private static final String[] FILLER = {"the", "a", "of", "and", "was", "were", "given", "to", "with", "after",
        "before", "in", "each", "then", "all", "some"};
    private static final String[] VI_FILLER = {"và", "của", "được", "cho", "với", "sau", "trước", "trong", "mỗi",
        "rồi", "các", "một"};

    @Spec
    private CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100000", description = "Rows (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--terms", paramLabel = "N", defaultValue = "10000",
            description = "Glossary entries (default: ${DEFAULT-VALUE}).")
    private int terms;

    @Override
    public Integer call() {
        if (rows < 1 || terms < 1) {
            throw new ParameterException(spec.commandLine(), "--rows and --terms must be at least 1");
        }
        Random random = new Random(20261123L);
        List<TermEntry> entries = glossary(random);
        Glossary glossary = Glossary.of(entries);
        Alignment alignment = alignment(random, entries);

        OperatingSystemMXBean system = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long cpuStarted = system.getProcessCpuTime();
        long started = System.nanoTime();
        List<QaFinding> findings = new QaChecker(glossary).check(alignment);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (system.getProcessCpuTime() - cpuStarted) / 1e9;
        double sinceStart = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;

        PrintWriter out = spec.commandLine().getOut();
        // CPU time and load beside wall time: on a shared machine the wall time says more about the neighbours.
        out.printf(Locale.ROOT, "QA of %d rows against %d glossary entries: %d findings in %.2f s"
                + " (%.2f s CPU over all threads; %.2f s after JVM start, generation included;"
                + " load average %.1f on %d cores)%n", rows, glossary.size(), findings.size(), seconds, cpuSeconds,
                sinceStart, system.getSystemLoadAverage(), system.getAvailableProcessors());
        out.flush();
        return 0;
    }

    /** Distinct made-up terms of one to three words, one in five with a forbidden second rendering. */
    private List<TermEntry> glossary(Random random) {
        List<TermEntry> entries = new ArrayList<>();
        Set<String> english = new HashSet<>();
        while (entries.size() < terms) {
            String en = words(random, 1 + random.nextInt(3), ONSETS, RIMES, 2);
            if (!english.add(en)) {
                continue;
            }
            entries.add(TermEntry.approved(en, words(random, 2 + random.nextInt(2), VI_ONSETS, VI_RIMES, 1)));
            if (random.nextInt(5) == 0 && entries.size() < terms) {
                entries.add(TermEntry.forbidden(en, words(random, 2 + random.nextInt(2), VI_ONSETS, VI_RIMES, 1)));
            }
        }
        return entries;
    }

    /** Rows of about twenty words holding two terms each, rendered by a random entry of the term. */
    private Alignment alignment(Random random, List<TermEntry> entries) {
        Document english = DocumentReader.fromText("bench.en.txt", "", Language.EN);
        Document vietnamese = DocumentReader.fromText("bench.vi.txt", "", Language.VI);
        List<AlignmentRow> list = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            StringBuilder en = new StringBuilder();
            StringBuilder vi = new StringBuilder();
            for (int t = 0; t < 2; t++) {
                TermEntry entry = entries.get(random.nextInt(entries.size()));
                filler(random, en, FILLER, 7);
                filler(random, vi, VI_FILLER, 9);
                en.append(' ').append(entry.english());
                vi.append(' ').append(entry.status() == TermStatus.APPROVED || random.nextBoolean()
                        ? entry.vietnamese() : "không");
            }
            int number = random.nextInt(1000);
            en.append(' ').append(number).append('.');
            vi.append(' ').append(random.nextInt(50) == 0 ? number + 1 : number).append('.');
            String e = en.toString().strip();
            String v = vi.toString().strip();
            list.add(new AlignmentRow(new RowId(r), List.of(new Sentence(e, 0, e.length())),
                    List.of(new Sentence(v, 0, v.length())), RowStatus.UNCONFIRMED, new Confidence(0.9)));
        }
        return new Alignment(english, vietnamese, list, rows);
    }

    private static void filler(Random random, StringBuilder text, String[] words, int count) {
        for (int i = 0; i < count; i++) {
            text.append(' ').append(words[random.nextInt(words.length)]);
        }
    }

    private static String words(Random random, int count, String[] onsets, String[] rimes, int partsPerWord) {
        StringBuilder word = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                word.append(' ');
            }
            for (int p = 0; p < partsPerWord + (partsPerWord > 1 ? random.nextInt(2) : 0); p++) {
                word.append(onsets[random.nextInt(onsets.length)]).append(rimes[random.nextInt(rimes.length)]);
            }
        }
        return word.toString();
    }
}
