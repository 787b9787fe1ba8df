package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks exported TMX against the TMX 1.4 DTD as a real reader ships it: the one inside Debian's
 * OmegaT, checked by xmllint. Skipped where either is not installed ({@code .ci/run} installs both).
 */
@Tag("tmx-validation")
class TmxValidationTest {

    private static final Path OMEGAT_JAR = Path.of("/usr/share/omegat/OmegaT.jar");

    @TempDir
    Path dir;

    private Path dtd;

    @BeforeEach
    void extractDtd() throws IOException {
        assumeTrue(Files.isRegularFile(OMEGAT_JAR), OMEGAT_JAR + " is not installed");
        assumeTrue(onPath("xmllint"), "xmllint is not installed");
        dtd = dir.resolve("tmx14.dtd");
        try (JarFile jar = new JarFile(OMEGAT_JAR.toFile())) {
            ZipEntry entry = jar.getEntry("schemas/tmx14.dtd");
            assertThat(entry).as("schemas/tmx14.dtd in " + OMEGAT_JAR).isNotNull();
            try (InputStream in = jar.getInputStream(entry); OutputStream out = Files.newOutputStream(dtd)) {
                in.transferTo(out);
            }
        }
    }

    @Test
    void defaultExportIsValidTmx14() throws Exception {
        assertValid(export(ExportOptions.defaults(), TmFixtures.river()));
    }

    @Test
    void viToEnExportWithOneSidedRowsRegionCodesAndDroppedCharactersIsValidTmx14() throws Exception {
        ExportOptions options = ExportOptions.defaults().withIncludeOneSided(true)
                .withDirection(ExportOptions.Direction.VI_EN).withLanguageCodes("en-US", "vi-VN");

        assertValid(export(options, TmFixtures.river()));
        assertValid(export(options, TmFixtures.oneRow("Tom & \"Jerry\" <b>\u0001", "Lone \uDC00 ]]> 😀")));
    }

    private Path export(ExportOptions options, org.songngu.core.project.Project project) throws Exception {
        Path file = Files.createTempFile(dir, "export", ".tmx");
        TmExport.save(file, new TmxWriter("0.1.0", TmFixtures.EXPORTED), project, options);
        return file;
    }

    private void assertValid(Path tmx) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("xmllint", "--noout", "--nonet", "--dtdvalid", dtd.toString(), tmx.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exitCode = process.waitFor();

        assertThat(output).as("xmllint output for " + tmx).isEmpty();
        assertThat(exitCode).as("xmllint exit code").isZero();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
