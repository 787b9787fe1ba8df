package org.songngu.ui.app;

import java.awt.Rectangle;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.event.TableModelEvent;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermMatcher;
import org.songngu.core.edit.MergeRows;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.SyntheticProject;

/**
 * Measures the workbench on a large made-up project: starting the window (on the example project,
 * as the run command does), opening the project in it as File ▸ Open does (read behind the
 * progress dialog, grid shown, visible rows painted), heap used after a garbage collection,
 * paging through the grid without and with a 10,000-entry glossary highlighted, and what one edit
 * costs. Run by {@code scripts/bench-workbench}, which prints the report this writes; only the
 * command line prints.
 *
 * <p>Arguments: {@code ROWS REPORT_FILE [PROJECT_FILE]}; without a project file one is generated
 * in a temporary folder and removed afterwards.
 */
public final class WorkbenchBenchmark {

    private static final int PAGES = 200;
    private static final long SEED = 20_260_101L;
    private static final int GLOSSARY_ENTRIES = 10_000;

    private final List<String> report = new ArrayList<>();

    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path reportFile = Path.of(args[1]);
        WorkbenchBenchmark benchmark = new WorkbenchBenchmark();
        Path folder = Files.createTempDirectory("songngu-bench");
        Path project = args.length > 2 ? Path.of(args[2]) : folder.resolve("synthetic" + ProjectFile.EXTENSION);
        int status = 1;
        try {
            benchmark.run(rows, project);
            status = 0;
        } finally {
            Files.writeString(reportFile, String.join("\n", benchmark.report) + "\n", StandardCharsets.UTF_8);
            if (args.length <= 2) {
                Files.deleteIfExists(project);
                Files.deleteIfExists(project.resolveSibling(project.getFileName() + ".bak"));
            }
            Files.deleteIfExists(folder);
            // The window's threads would keep a failed run alive.
            System.exit(status);
        }
    }

    private void run(int rows, Path project) throws Exception {
        if (!Files.exists(project)) {
            long start = System.nanoTime();
            ProjectFile.save(SyntheticProject.generate(rows, SEED), project);
            line("generated %,d rows in %s (%,d MB file)", rows, seconds(start), Files.size(project) >> 20);
        }
        collectGarbage();
        long started = System.nanoTime();
        WorkbenchFrame frame = onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setSize(1280, 900);
            opened.setVisible(true);
            if (Files.exists(Workbench.EXAMPLE_PROJECT)) {
                opened.open(Workbench.EXAMPLE_PROJECT);
            }
            return opened;
        });
        onEdt(() -> paint(frame));
        line("workbench started%s: %s", Files.exists(Workbench.EXAMPLE_PROJECT) ? " on the example project" : "",
                seconds(started));
        // As File > Open does it: read behind the progress dialog, then the grid shown and its visible rows painted.
        // Waits on the title the shown project gives the window: polling the event thread would slow it.
        CountDownLatch shown = new CountDownLatch(1);
        onEdt(() -> {
            frame.addPropertyChangeListener("title", event -> {
                if (!String.valueOf(event.getOldValue()).equals(event.getNewValue())
                        && frame.grid() != null && frame.grid().table().getRowCount() == rows) {
                    shown.countDown();
                }
            });
            return null;
        });
        long start = System.nanoTime();
        onEdt(() -> {
            frame.open(project);
            return null;
        });
        shown.await();
        onEdt(() -> paint(frame));
        line("open in the running workbench: %s for %,d rows in the grid, visible rows painted", seconds(start),
                (long) onEdt(() -> frame.grid().table().getRowCount()));
        Alignment loaded = onEdt(() -> frame.history().current());
        line("rows measured for their height on open: %,d", (long) onEdt(() -> frame.grid().rowsMeasured()));
        line("heap used after GC with the project open: %,d MB (max heap %,d MB)", collectGarbage() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        scroll(frame, "");
        Glossary glossary = glossaryFrom(loaded, GLOSSARY_ENTRIES);
        onEdt(() -> {
            frame.grid().useGlossary(glossary);
            frame.grid().select(0);
            return null;
        });
        TermMatcher english = TermMatcher.english(glossary);
        long marked = loaded.rows().stream().limit(1_000)
                .mapToLong(row -> english.findLongest(String.join(" ", row.english().stream().map(s -> s.text()).toList())).size())
                .sum();
        line("glossary of %,d entries from the rows' own words: %,d English terms marked in the first 1,000 rows",
                glossary.size(), marked);
        scroll(frame, String.format(Locale.ROOT, " with %,d glossary entries highlighted", glossary.size()));
        edit(frame);
        onEdt(() -> {
            frame.history().markSaved(); // nothing to ask about on closing: the edit was the benchmark's
            frame.dispose();
            return null;
        });
    }

    /**
     * A glossary made of the project's own words, so that its terms occur in the rows: the first two
     * English words and the first two Vietnamese syllables of rows spread over the document.
     */
    private static Glossary glossaryFrom(Alignment alignment, int entries) {
        Map<String, TermEntry> pairs = new LinkedHashMap<>();
        int size = alignment.size();
        for (int i = 0; i < size && pairs.size() < entries; i += Math.max(1, size / entries)) {
            AlignmentRow row = alignment.row(i);
            if (row.english().isEmpty() || row.vietnamese().isEmpty()) {
                continue;
            }
            String english = firstWords(row.english().get(0).text());
            String vietnamese = firstWords(row.vietnamese().get(0).text());
            try {
                TermEntry entry = TermEntry.approved(english, vietnamese);
                pairs.putIfAbsent(entry.englishKey() + "\n" + entry.vietnameseKey(), entry);
            } catch (IllegalArgumentException e) {
                // A row starting with a number or a sign gives no term: the next one will.
            }
        }
        return Glossary.of(List.copyOf(pairs.values()));
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length < 2 ? words[0] : words[0] + " " + words[1];
    }

    /** Pages down {@value #PAGES} times, each page laid out and painted, then jumps to the end. */
    private void scroll(WorkbenchFrame frame, String how) throws Exception {
        long measuredBefore = onEdt(() -> frame.grid().rowsMeasured());
        long[] pageNanos = new long[PAGES];
        for (int page = 0; page < PAGES; page++) {
            long start = System.nanoTime();
            onEdt(() -> {
                JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, frame.grid().table());
                Rectangle view = viewport.getViewRect();
                frame.grid().table().scrollRectToVisible(new Rectangle(0, view.y + view.height, view.width, view.height));
                return null;
            });
            onEdt(() -> paint(frame));
            pageNanos[page] = System.nanoTime() - start;
        }
        Arrays.sort(pageNanos);
        line("page down x%d%s: median %.1f ms, 95th percentile %.1f ms, slowest %.1f ms per page (laid out and painted)",
                PAGES, how, pageNanos[PAGES / 2] / 1e6, pageNanos[PAGES * 95 / 100] / 1e6, pageNanos[PAGES - 1] / 1e6);
        line("rows measured while paging: %,d", onEdt(() -> frame.grid().rowsMeasured()) - measuredBefore);
        long start = System.nanoTime();
        onEdt(() -> {
            frame.grid().select(frame.grid().table().getRowCount() - 1);
            return null;
        });
        onEdt(() -> paint(frame));
        line("jump to the last row%s: %.1f ms", how, (System.nanoTime() - start) / 1e6);
    }

    /** Merges two rows in the middle and counts the table events and row measurements it causes. */
    private void edit(WorkbenchFrame frame) throws Exception {
        List<String> events = new ArrayList<>();
        int middle = onEdt(() -> {
            JTable table = frame.grid().table();
            int row = table.getRowCount() / 2;
            // Confirmed rows refuse merges: the first unconfirmed pair from the middle on.
            while (row + 2 < table.getRowCount() && (frame.history().current().row(row).status() == RowStatus.CONFIRMED
                    || frame.history().current().row(row + 1).status() == RowStatus.CONFIRMED)) {
                row++;
            }
            frame.grid().select(row);
            table.getModel().addTableModelListener(event -> events.add(describe(event)));
            return row;
        });
        onEdt(() -> paint(frame));
        long measuredBefore = onEdt(() -> frame.grid().rowsMeasured());
        long start = System.nanoTime();
        onEdt(() -> {
            frame.history().perform(new MergeRows(frame.history().current().row(middle).id()));
            return null;
        });
        onEdt(() -> paint(frame));
        line("merge row %,d with the next: %.1f ms; table events %s; rows measured again: %d", middle + 1,
                (System.nanoTime() - start) / 1e6, events, onEdt(() -> frame.grid().rowsMeasured()) - measuredBefore);
        start = System.nanoTime();
        onEdt(() -> {
            frame.history().undo();
            return null;
        });
        onEdt(() -> paint(frame));
        line("undo it: %.1f ms", (System.nanoTime() - start) / 1e6);
    }

    private static String describe(TableModelEvent event) {
        String type = switch (event.getType()) {
            case TableModelEvent.INSERT -> "inserted";
            case TableModelEvent.DELETE -> "deleted";
            default -> "updated";
        };
        return type + " " + (event.getFirstRow() + 1) + "-" + (event.getLastRow() + 1);
    }

    /** Paints the window into an image, as the screen would show it. */
    private static Void paint(WorkbenchFrame frame) {
        Screenshot.paint(frame);
        return null;
    }

    /** Heap in use after collecting garbage until it stops shrinking. */
    private static long collectGarbage() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }

    private static <T> T onEdt(Callable<T> query) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(query.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private void line(String format, Object... arguments) {
        report.add(String.format(Locale.ROOT, format, arguments));
    }
}
