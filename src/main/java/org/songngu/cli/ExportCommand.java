package org.songngu.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.ProjectFileException;
import org.songngu.core.tm.CsvWriter;
import org.songngu.core.tm.ExportOptions;
import org.songngu.core.tm.TranslationMemoryWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export PROJECT --tmx FILE}: writes a project's rows as a translation memory or a table. */
@Command(name = "export", description = "Export a project's rows as TMX, CSV or TSV.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.songngu.json).")
    private Path projectFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {

        @Option(names = "--tmx", paramLabel = "FILE", description = "Write a TMX 1.4 translation memory.")
        private Path tmx;

        @Option(names = "--csv", paramLabel = "FILE", description = "Write comma-separated values (RFC 4180).")
        private Path csv;

        @Option(names = "--tsv", paramLabel = "FILE", description = "Write tab-separated values.")
        private Path tsv;
    }

    @Option(names = "--confirmed-only", description = "Only rows a person has confirmed.")
    private boolean confirmedOnly;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Leave out unconfirmed rows below this confidence, between 0 and 1.")
    private String minConfidence;

    @Option(names = "--lang-codes", paramLabel = "EN,VI", description = "Language codes to write (default: en,vi).")
    private String languageCodes;

    @Option(names = "--bom", description = "Start a CSV or TSV file with a byte-order mark, for Excel.")
    private boolean bom;

    @Option(names = "--include-one-sided", description = "Also rows with one empty side.")
    private boolean includeOneSided;

    @Option(names = "--direction", paramLabel = "en-vi|vi-en", description = "Which language is the source (default: en-vi).")
    private String direction;

    @Override
    public Integer call() {
        // Every option is checked before the project is read, so a mistake costs nothing and writes nothing.
        ExportOptions options = options();
        if (bom && target.tmx != null) {
            throw new UserError("--bom applies to --csv and --tsv only");
        }
        Project project;
        try {
            project = ProjectFile.load(projectFile);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage());
        }
        Path file = target.tmx != null ? target.tmx : target.csv != null ? target.csv : target.tsv;
        TranslationMemoryOutput.save(file, writer(), project, options, spec);
        return 0;
    }

    private TranslationMemoryWriter writer() {
        if (target.tmx != null) {
            return TranslationMemoryOutput.tmx();
        }
        return target.csv != null ? CsvWriter.csv(bom) : CsvWriter.tsv(bom);
    }

    private ExportOptions options() {
        ExportOptions options = ExportOptions.defaults().withConfirmedOnly(confirmedOnly)
                .withIncludeOneSided(includeOneSided);
        if (minConfidence != null) {
            options = options.withMinimumConfidence(confidence(minConfidence));
        }
        if (direction != null) {
            options = options.withDirection(direction(direction));
        }
        if (languageCodes != null) {
            String[] codes = languageCodes.split(",", -1);
            if (codes.length != 2) {
                throw new UserError("--lang-codes takes two codes, English first, such as en-US,vi-VN; not '"
                        + languageCodes + "'");
            }
            try {
                options = options.withLanguageCodes(codes[0].strip(), codes[1].strip());
            } catch (IllegalArgumentException e) {
                throw new UserError("--lang-codes: " + e.getMessage());
            }
        }
        return options;
    }

    private static double confidence(String value) {
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            parsed = Double.NaN;
        }
        if (!(parsed >= 0 && parsed <= 1)) {
            throw new UserError("--min-confidence must be a number from 0 to 1, not '" + value + "'");
        }
        return parsed;
    }

    private static ExportOptions.Direction direction(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "en-vi" -> ExportOptions.Direction.EN_VI;
            case "vi-en" -> ExportOptions.Direction.VI_EN;
            default -> throw new UserError("--direction must be en-vi or vi-en, not '" + value + "'");
        };
    }
}
