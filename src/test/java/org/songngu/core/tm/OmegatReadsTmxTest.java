package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof with a real reader: OmegaT 3.6, run headless, translates a document from a translation
 * memory that is our TMX export. Skipped where Debian's OmegaT is not installed ({@code .ci/run}
 * installs it). OmegaT exits 0 even when it cannot load a TMX, so the test checks the translation.
 */
@Tag("tmx-validation")
class OmegatReadsTmxTest {

    private static final Path OMEGAT_JAR = Path.of("/usr/share/omegat/OmegaT.jar");

    // Segmentation off: each paragraph is one segment, so a unit of two sentences matches as a whole.
    private static final String PROJECT = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <omegat>
                <project version="1.0">
                    <source_dir>__DEFAULT__</source_dir>
                    <source_dir_excludes/>
                    <target_dir>__DEFAULT__</target_dir>
                    <tm_dir>__DEFAULT__</tm_dir>
                    <glossary_dir>__DEFAULT__</glossary_dir>
                    <glossary_file>__DEFAULT__</glossary_file>
                    <dictionary_dir>__DEFAULT__</dictionary_dir>
                    <source_lang>en</source_lang>
                    <target_lang>vi</target_lang>
                    <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
                    <sentence_seg>false</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                </project>
            </omegat>
            """;

    @TempDir
    Path dir;

    @Test
    void omegatTranslatesADocumentFromOurTmx() throws Exception {
        assumeTrue(Files.isRegularFile(OMEGAT_JAR), OMEGAT_JAR + " is not installed");
        Path project = dir.resolve("project");
        // OmegaT 3.6 refuses a project ("projectDir is null") unless all its folders exist.
        for (String folder : new String[] {"source", "target", "tm/auto", "glossary", "dictionary", "omegat"}) {
            Files.createDirectories(project.resolve(folder));
        }
        Files.writeString(project.resolve("omegat.project"), PROJECT, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("source/doc.txt"),
                "The river is wide.\n\nIt flows south. It is old.\n\nThe village sleeps.\n\nNot in the memory.\n",
                StandardCharsets.UTF_8);
        TmExport.save(project.resolve("tm/auto/song-ngu.tmx"), new TmxWriter("0.1.0", TmFixtures.EXPORTED),
                TmFixtures.river(), ExportOptions.defaults());

        String log = runConsoleTranslate(project);

        assertThat(project.resolve("target/doc.txt")).as("OmegaT's output; its log:%n%s", log).hasContent(
                "Dòng sông rộng.\n\nNó chảy về phía nam, đã lâu đời.\n\nNgôi làng ngủ yên.\n\nNot in the memory.\n");
        assertThat(log).doesNotContain("TF_TM_LOAD_ERROR");
    }

    private Path home() throws Exception {
        return Files.createDirectories(dir.resolve("home"));
    }

    /** Runs OmegaT with a home of its own, so that it neither reads nor writes the user's settings. */
    private String runConsoleTranslate(Path project) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("omegat.log");
        Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Duser.home=" + home(),
                "-jar", OMEGAT_JAR.toString(), project.toString(), "--mode=console-translate",
                "--disable-project-locking")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("OmegaT finished within 120 s; its log:%n%s", output).isTrue();
        return output;
    }
}
