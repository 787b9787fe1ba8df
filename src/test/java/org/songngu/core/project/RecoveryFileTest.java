package org.songngu.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFileTest {

    private static final FileTime EARLIER = FileTime.from(Instant.parse("2026-11-23T10:00:00Z"));
    private static final FileTime LATER = FileTime.from(Instant.parse("2026-11-23T10:05:00Z"));

    @TempDir
    Path folder;

    @Test
    void recoveryOfASavedProjectLivesBesideItWithoutTheProjectExtension() {
        Path project = Path.of("alignments", "river.songngu.json");

        assertThat(RecoveryFile.forProject(project))
                .isEqualTo(new RecoveryFile(Path.of("alignments", "river.recovery.json")));
    }

    @Test
    void recoveryOfAFileWithAnotherExtensionKeepsTheWholeName() {
        assertThat(RecoveryFile.forProject(Path.of("alignments", "river.json")))
                .isEqualTo(new RecoveryFile(Path.of("alignments", "river.json.recovery.json")));
    }

    @Test
    void recoveryOfAnUnsavedProjectIsNamedAfterItWithUnsafeCharactersReplaced() {
        assertThat(RecoveryFile.forUnsaved(folder, " Chương 1/2: thử? "))
                .isEqualTo(new RecoveryFile(folder.resolve("unsaved-Chương 1_2_ thử_.recovery.json")));
    }

    @Test
    void recoveryFileNameMustEndInTheRecoveryExtension() {
        assertThatThrownBy(() -> new RecoveryFile(Path.of("river.songngu.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a recovery file's name must end in .recovery.json: river.songngu.json");
    }

    @Test
    void writtenRecoveryLoadsEqualAndLeavesNoTemporaryOrBackupFile() throws Exception {
        RecoveryFile recovery = RecoveryFile.forProject(folder.resolve("river.songngu.json"));
        Project project = SampleProjects.river();

        recovery.writeRecovery(project);
        recovery.writeRecovery(project);

        assertThat(recovery.load()).isEqualTo(project);
        assertThat(listing()).containsExactly("river.recovery.json");
    }

    @Test
    void noRecoveryIsFoundWhenNoneWasWritten() throws Exception {
        Path project = folder.resolve("river.songngu.json");
        ProjectFile.save(SampleProjects.river(), project);

        assertThat(RecoveryFile.findRecovery(project)).isEmpty();
    }

    @Test
    void recoveryNewerThanTheProjectIsFound() throws Exception {
        Path project = folder.resolve("river.songngu.json");
        ProjectFile.save(SampleProjects.river(), project);
        RecoveryFile recovery = RecoveryFile.forProject(project);
        recovery.writeRecovery(SampleProjects.river());
        Files.setLastModifiedTime(project, EARLIER);
        Files.setLastModifiedTime(recovery.path(), LATER);

        assertThat(RecoveryFile.findRecovery(project)).isEqualTo(Optional.of(recovery.path()));
    }

    @Test
    void recoveryOlderThanTheProjectIsStaleAndNotFound() throws Exception {
        Path project = folder.resolve("river.songngu.json");
        ProjectFile.save(SampleProjects.river(), project);
        RecoveryFile recovery = RecoveryFile.forProject(project);
        recovery.writeRecovery(SampleProjects.river());
        Files.setLastModifiedTime(recovery.path(), EARLIER);
        Files.setLastModifiedTime(project, LATER);

        assertThat(RecoveryFile.findRecovery(project)).isEmpty();
    }

    @Test
    void recoveryIsFoundWhenTheProjectFileIsGone() throws Exception {
        Path project = folder.resolve("river.songngu.json");
        RecoveryFile recovery = RecoveryFile.forProject(project);
        recovery.writeRecovery(SampleProjects.river());

        assertThat(RecoveryFile.findRecovery(project)).isEqualTo(Optional.of(recovery.path()));
    }

    @Test
    void discardRemovesTheRecoveryAndMayBeRepeated() throws Exception {
        Path project = folder.resolve("river.songngu.json");
        ProjectFile.save(SampleProjects.river(), project);
        RecoveryFile recovery = RecoveryFile.forProject(project);
        recovery.writeRecovery(SampleProjects.river());

        recovery.discardRecovery();
        recovery.discardRecovery();

        assertThat(RecoveryFile.findRecovery(project)).isEmpty();
        assertThat(listing()).containsExactly("river.songngu.json");
    }

    @Test
    void writingIntoAMissingFolderNamesTheFolder() {
        RecoveryFile recovery = RecoveryFile.forUnsaved(folder.resolve("gone"), "Sông");

        assertThatThrownBy(() -> recovery.writeRecovery(SampleProjects.river()))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(recovery.path() + ": could not be saved: the folder " + folder.resolve("gone")
                        + " does not exist");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unsavedRecoveriesAreFoundNewestFirstAndNothingElse() throws Exception {
        Path older = RecoveryFile.forUnsaved(folder, "first").path();
        Path newer = RecoveryFile.forUnsaved(folder, "second").path();
        Files.writeString(older, "{}");
        Files.writeString(newer, "{}");
        Files.setLastModifiedTime(older, EARLIER);
        Files.setLastModifiedTime(newer, LATER);
        Files.writeString(RecoveryFile.forProject(folder.resolve("saved" + ProjectFile.EXTENSION)).path(), "{}");
        Files.writeString(folder.resolve("unsaved-notes.txt"), "not a recovery copy");

        assertThat(RecoveryFile.findUnsaved(folder)).containsExactly(new RecoveryFile(newer), new RecoveryFile(older));
    }

    @Test
    void noUnsavedRecoveriesInAMissingFolder() throws Exception {
        assertThat(RecoveryFile.findUnsaved(folder.resolve("nowhere"))).isEmpty();
    }
}
