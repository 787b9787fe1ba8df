package org.songngu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.ParagraphKind;
import org.songngu.core.document.Sentence;
import org.songngu.core.project.Project;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;
import org.songngu.core.tm.CsvWriter;
import org.songngu.core.tm.ExportOptions;
import org.songngu.core.tm.ImportReport;
import org.songngu.core.tm.TmExport;
import org.songngu.core.tm.TmExportException;
import org.songngu.core.tm.TmImport;
import org.songngu.core.tm.TmImportException;
import org.songngu.core.tm.TmxReader;
import org.songngu.core.tm.TmxWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench-tm}: measures translation-memory export and import on a generated project, printing
 * units per second and the most heap each step kept live.
 */
@Command(
        name = "bench-tm",
        hidden = true,
        description = "Measure TMX/CSV export and TMX import speed and memory on generated units.")
final class BenchTmCommand implements Callable<Integer> {

    // Written for this benchmark; {n} and {m} vary per unit so no two units are identical.
    private static final String[] ENGLISH = {
        "The clinic opens at {n} a.m. on weekdays and closes at noon on Saturday {m}.",
        "Please keep form {m} with you and show it at the reception desk.",
        "Rice prices in the northern provinces rose by {n} percent this spring.",
        "Ferry {m} leaves the harbour every {n} minutes when the weather is calm.",
    };

    private static final String[] VIETNAMESE = {
        "Phòng khám mở cửa lúc {n} giờ sáng các ngày trong tuần và đóng cửa trưa thứ Bảy {m}.",
        "Xin vui lòng mang theo mẫu đơn {m} và xuất trình tại quầy lễ tân.",
        "Giá gạo ở các tỉnh phía bắc đã tăng {n} phần trăm trong mùa xuân này.",
        "Chuyến phà {m} rời bến cảng mỗi {n} phút khi trời lặng gió.",
    };

    private static final int WARM_UP_UNITS = 50_000;
    private static final int WARM_UP_ROUNDS = 4;

    @Spec
    private CommandSpec spec;

    @Option(names = "--units", paramLabel = "N", defaultValue = "1000000",
            description = "Number of units to export and import (default: ${DEFAULT-VALUE}).")
    private int units;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Where to write the exported files (default: a temporary folder, deleted afterwards).")
    private Path folder;

    @Override
    public Integer call() throws Exception {
        if (units < 1) {
            throw new ParameterException(spec.commandLine(), "--units must be at least 1, not " + units);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = folder != null ? Files.createDirectories(folder) : Files.createTempDirectory("songngu-bench-tm");
        try {
            // Short untimed rounds first, so the figures measure compiled code, not the JIT warming up;
            // a run smaller than them is a smoke test, whose figures mean nothing anyway.
            if (units > WARM_UP_UNITS) {
                Project warmUp = project(WARM_UP_UNITS);
                for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                    run(warmUp, work, null);
                }
            }

            Project project = project(units);
            out.printf(Locale.ROOT, "%d units; live heap: in use after collections, before a step and at its peak%n",
                    units);
            run(project, work, out);
        } catch (TmExportException | TmImportException e) {
            throw new UserError(e.getMessage());
        } finally {
            if (folder == null) {
                delete(work);
            }
        }
        out.flush();
        return 0;
    }

    private void run(Project project, Path work, PrintWriter out) throws TmExportException, TmImportException {
        int count = project.alignment().size();
        Path tmx = work.resolve("bench.tmx");
        Path csv = work.resolve("bench.csv");
        TmxWriter tmxWriter = new TmxWriter("bench", Instant.now());
        Step step = Step.start();
        TmExport.save(tmx, tmxWriter, project, ExportOptions.defaults());
        report(out, "export TMX", count, step.end(), tmx);

        step = Step.start();
        TmExport.save(csv, CsvWriter.csv(false), project, ExportOptions.defaults());
        report(out, "export CSV", count, step.end(), csv);

        step = Step.start();
        int[] read = new int[1];
        ImportReport report = new TmxReader().read(tmx, unit -> read[0]++, ProgressListener.NONE, Cancellation.NEVER);
        report(out, "read TMX (reader alone)", report.unitsRead(), step.end(), null);

        step = Step.start();
        TmImport.Result imported = TmImport.toProject(tmx, new TmxReader(), "bench", Instant.now(), ProgressListener.NONE,
                Cancellation.NEVER);
        report(out, "import TMX (into a project)", imported.report().unitsRead(), step.end(), null);
    }

    private static void report(PrintWriter out, String what, int count, Measured measured, Path file) {
        if (out == null) {
            return;
        }
        String size = "";
        if (file != null) {
            try {
                size = String.format(Locale.ROOT, ", %.0f MB file", Files.size(file) / 1e6);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.printf(Locale.ROOT, "%-28s %,9.0f units/s (%,9.0f per CPU second)  %6.2f s  live heap %5.0f MB -> peak"
                + " %5.0f MB (+%.0f MB)%s%n", what, count / measured.seconds(), count / measured.cpuSeconds(),
                measured.seconds(), measured.live() / 1e6, measured.peakLive() / 1e6,
                (measured.peakLive() - measured.live()) / 1e6, size);
        out.flush();
    }

    /** A project of generated 1–1 rows, each side one sentence and one paragraph. */
    static Project project(int count) {
        StringBuilder englishText = new StringBuilder();
        StringBuilder vietnameseText = new StringBuilder();
        List<Paragraph> englishParagraphs = new ArrayList<>(count);
        List<Paragraph> vietnameseParagraphs = new ArrayList<>(count);
        List<AlignmentRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sentence english = sentence(englishText, englishParagraphs, fill(ENGLISH, i));
            Sentence vietnamese = sentence(vietnameseText, vietnameseParagraphs, fill(VIETNAMESE, i));
            rows.add(new AlignmentRow(new RowId(i), List.of(english), List.of(vietnamese),
                    i % 3 == 0 ? RowStatus.CONFIRMED : RowStatus.UNCONFIRMED, new Confidence((i % 100) / 100.0)));
        }
        Alignment alignment = new Alignment(
                new Document("bench-en.txt", Language.EN, englishText.toString(), englishParagraphs),
                new Document("bench-vi.txt", Language.VI, vietnameseText.toString(), vietnameseParagraphs),
                rows, count);
        Instant now = Instant.now();
        return new Project("bench", alignment, now, now, "bench-en.txt", "bench-vi.txt");
    }

    private static String fill(String[] templates, int i) {
        return templates[i % templates.length].replace("{n}", Integer.toString(2 + i % 57))
                .replace("{m}", Integer.toString(i));
    }

    private static Sentence sentence(StringBuilder text, List<Paragraph> paragraphs, String sentenceText) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(sentenceText);
        Sentence sentence = new Sentence(sentenceText, start, text.length());
        paragraphs.add(new Paragraph(start, text.length(), ParagraphKind.BODY, List.of(sentence)));
        return sentence;
    }

    private static void delete(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(work);
    }

    /**
     * @param seconds how long the step took
     * @param cpuSeconds the processor time this thread took: on a machine others share, the steadier figure
     * @param live the heap live before the step (after a full collection)
     * @param peakLive the most heap any collection during the step, or a full one at its end, found live:
     *     what the step holds on to, without the garbage a generous young generation lets pile up
     */
    private record Measured(double seconds, double cpuSeconds, long live, long peakLive) {
    }

    /**
     * One timed step, between two full collections. The JVM reports the heap in use after each of
     * its collections; the highest such figure while the step runs is its peak of live memory.
     */
    private record Step(long started, long cpuStarted, long live) {

        private static final AtomicLong PEAK_LIVE = new AtomicLong();
        private static final AtomicBoolean LISTENING = new AtomicBoolean();

        static Step start() {
            listen();
            System.gc();
            long live = heapUsed();
            PEAK_LIVE.set(live);
            return new Step(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), live);
        }

        Measured end() {
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            // What the step still holds (an imported project) counts even when no collection ran.
            System.gc();
            PEAK_LIVE.accumulateAndGet(heapUsed(), Math::max);
            return new Measured(seconds, cpuSeconds, live, PEAK_LIVE.get());
        }

        private static long heapUsed() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        private static void listen() {
            if (!LISTENING.compareAndSet(false, true)) {
                return;
            }
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                    (CompositeData) notification.getUserData());
                            long after = 0;
                            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                                if (HEAP_POOLS.contains(pool.getKey())) {
                                    after += pool.getValue().getUsed();
                                }
                            }
                            PEAK_LIVE.accumulateAndGet(after, Math::max);
                        }
                    }, null, null);
                }
            }
        }

        private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
