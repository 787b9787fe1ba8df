package org.songngu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.Bead;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReadException;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.ReadOptions;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.GlossaryFile;
import org.songngu.core.glossary.GlossaryFileException;
import org.songngu.core.io.AtomicFileWriter;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.ProjectFileException;
import org.songngu.core.task.Cancellation;
import org.songngu.core.tm.CsvWriter;
import org.songngu.core.tm.ExportOptions;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code align EN VI}: aligns an English and a Vietnamese document sentence by sentence. */
@Command(name = "align", description = "Align an English and a Vietnamese document sentence by sentence.")
final class AlignCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EN", description = "The English document.")
    private Path english;

    @Parameters(index = "1", paramLabel = "VI", description = "The Vietnamese document.")
    private Path vietnamese;

    @Option(names = "--presegmented",
            description = "The documents are one sentence per line, a blank line between paragraphs.")
    private boolean presegmented;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Character encoding of both documents (default: detected).")
    private String encoding;

    @Option(names = "--beads", paramLabel = "FILE",
            description = "Write the rows as bead lines such as [0, 1]:[0]:0.93 (default, without --project: to standard output).")
    private Path beads;

    @Option(names = "--tmx", paramLabel = "FILE", description = "Write a TMX 1.4 translation memory (rows with both sides).")
    private Path tmx;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the rows with both sides as CSV (RFC 4180).")
    private Path csv;

    @Option(names = "--project", paramLabel = "FILE", description = "Write a workbench project (.songngu.json).")
    private Path project;

    @Option(names = "--glossary", paramLabel = "FILE", description = "Use a glossary's term pairs (CSV, TSV or TBX) as alignment evidence.")
    private Path glossary;

    @Override
    public Integer call() throws IOException {
        // The lexicon loads and the Vietnamese document is read while the English one is.
        ExecutorService background = Executors.newFixedThreadPool(2);
        Document en;
        Document vi;
        Lexicon lexicon;
        try {
            CompletableFuture<Lexicon> builtIn = CompletableFuture.supplyAsync(Lexicon::builtIn, background);
            CompletableFuture<Document> vietnameseDocument =
                    CompletableFuture.supplyAsync(() -> read(vietnamese, Language.VI), background);
            en = read(english, Language.EN);
            vi = joined(vietnameseDocument);
            lexicon = glossary == null ? joined(builtIn) : joined(builtIn).withTerms(readGlossary(glossary));
        } finally {
            background.shutdown();
        }
        List<Bead> rows = new Aligner(lexicon).align(SentenceSide.of(en), SentenceSide.of(vi),
                ProgressListener.NONE, Cancellation.NEVER);
        if (project != null || tmx != null || csv != null) {
            Project aligned = project(Alignment.of(en, vi, rows));
            if (project != null) {
                saveProject(aligned);
            }
            if (tmx != null) {
                TranslationMemoryOutput.save(tmx, TranslationMemoryOutput.tmx(), aligned, ExportOptions.defaults(), spec);
            }
            if (csv != null) {
                TranslationMemoryOutput.save(csv, CsvWriter.csv(false), aligned, ExportOptions.defaults(), spec);
            }
        }
        if (beads == null && project == null && tmx == null && csv == null) {
            PrintWriter out = spec.commandLine().getOut();
            BeadLines.write(rows, out);
            out.flush();
        } else if (beads != null) {
            writeAtomically(beads, rows);
        }
        return 0;
    }

    /** The aligned documents as a project named after its file, or else after the English document. */
    private Project project(Alignment alignment) {
        String fileName = (project != null ? project : english).getFileName().toString();
        String name = fileName.endsWith(ProjectFile.EXTENSION)
                ? fileName.substring(0, fileName.length() - ProjectFile.EXTENSION.length())
                : fileName;
        Instant now = Instant.now();
        return new Project(name, alignment, now, now, english.toString(), vietnamese.toString());
    }

    private void saveProject(Project aligned) {
        try {
            ProjectFile.save(aligned, project);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Document read(Path file, Language language) {
        ReadOptions options = ReadOptions.of(language);
        if (encoding != null) {
            options = options.withEncoding(OptionValues.charset(encoding));
        }
        try {
            return presegmented ? DocumentReader.readPresegmented(file, options) : DocumentReader.read(file, options);
        } catch (DocumentReadException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Glossary readGlossary(Path file) {
        try {
            return GlossaryFile.read(file);
        } catch (GlossaryFileException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The result of work done on another thread, with its own failure (such as a {@link UserError}) rethrown as it was. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A failure never leaves half a file under the target's name. */
    private static void writeAtomically(Path target, List<Bead> rows) {
        try {
            AtomicFileWriter.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                BeadLines.write(rows, writer);
                writer.flush();
            }, false);
        } catch (IOException e) {
            throw new UserError(target + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
