package org.songngu.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.Sentence;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermStatus;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    @TempDir
    Path folder;

    @Test
    void savedProjectLoadsEqual() throws Exception {
        Project project = SampleProjects.river();
        Path file = folder.resolve("river" + ProjectFile.EXTENSION);

        ProjectFile.save(project, file);

        assertThat(ProjectFile.load(file)).isEqualTo(project);
    }

    @Test
    void loadedRowsShareTheDocumentsSentencesExceptEditedOnes() throws Exception {
        Path file = folder.resolve("river" + ProjectFile.EXTENSION);
        ProjectFile.save(SampleProjects.river(), file);

        Alignment loaded = ProjectFile.load(file).alignment();

        // A large project would otherwise hold every sentence twice.
        assertThat(loaded.row(0).english().get(0)).isSameAs(loaded.english().sentences().get(0));
        assertThat(loaded.row(1).vietnamese().get(0)).isSameAs(loaded.vietnamese().sentences().get(1));
        assertThat(loaded.row(1).english().get(0)).isNotSameAs(loaded.english().sentences().get(1));
        assertThat(loaded.row(1).english().get(0).text()).isEqualTo("It flows south, slowly.");
    }

    @Test
    void writesTheDocumentedFormatAsPrettyUtf8WithRealVietnameseLetters() throws Exception {
        Path file = folder.resolve("chao.songngu.json");

        ProjectFile.save(SampleProjects.greeting(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "formatVersion" : 2,
                  "name" : "Chào",
                  "created" : "2026-11-20T08:00:00Z",
                  "modified" : "2026-11-23T10:15:30.123456Z",
                  "english" : {
                    "sourceFile" : "hello.txt",
                    "name" : "hello.txt",
                    "language" : "en",
                    "text" : "Hello.",
                    "paragraphs" : [
                      {
                        "start" : 0,
                        "end" : 6,
                        "kind" : "body",
                        "sentences" : [
                          {
                            "start" : 0,
                            "end" : 6
                          }
                        ]
                      }
                    ]
                  },
                  "vietnamese" : {
                    "sourceFile" : "xin-chào.txt",
                    "name" : "xin-chào.txt",
                    "language" : "vi",
                    "text" : "Xin chào.",
                    "paragraphs" : [
                      {
                        "start" : 0,
                        "end" : 9,
                        "kind" : "body",
                        "sentences" : [
                          {
                            "start" : 0,
                            "end" : 9
                          }
                        ]
                      }
                    ]
                  },
                  "rows" : [
                    {
                      "id" : 0,
                      "english" : [
                        {
                          "start" : 0,
                          "end" : 6
                        }
                      ],
                      "vietnamese" : [
                        {
                          "start" : 0,
                          "end" : 9
                        }
                      ],
                      "status" : "unconfirmed",
                      "confidence" : 0.5
                    }
                  ],
                  "nextId" : 1
                }
                """);
    }

    @Test
    void savedGlossaryLoadsEqual() throws Exception {
        Project project = SampleProjects.river().withGlossary(Glossary.of(List.of(
                new TermEntry("river", "sông", TermStatus.APPROVED, "not 'giang' in prose"),
                TermEntry.forbidden("river", "giang"))), SampleProjects.river().modified());
        Path file = folder.resolve("river" + ProjectFile.EXTENSION);

        ProjectFile.save(project, file);

        assertThat(ProjectFile.load(file)).isEqualTo(project);
        assertThat(Files.readString(file)).endsWith("""
                  "glossary" : [
                    {
                      "en" : "river",
                      "vi" : "sông",
                      "status" : "approved",
                      "note" : "not 'giang' in prose"
                    },
                    {
                      "en" : "river",
                      "vi" : "giang",
                      "status" : "forbidden"
                    }
                  ]
                }
                """);
    }

    @Test
    void glossaryStatusMayBeLeftOutAndMeansApproved() throws Exception {
        Path file = savedGreeting().replace("\"nextId\" : 1", "\"nextId\" : 1,\n  \"glossary\" : [ { \"en\" : \"hello\", \"vi\" : \"chào\" } ]")
                .write();

        assertThat(ProjectFile.load(file).glossary()).isEqualTo(Glossary.of(List.of(TermEntry.approved("hello", "chào"))));
    }

    @Test
    void aGlossaryEntryWithoutItsVietnameseTermIsNamed() throws Exception {
        Path file = savedGreeting().replace("\"nextId\" : 1", "\"nextId\" : 1,\n  \"glossary\" : [ { \"en\" : \"hello\" } ]")
                .write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'glossary[0].vi' is missing");
    }

    @Test
    void aRepeatedGlossaryPairIsRefused() throws Exception {
        Path file = savedGreeting().replace("\"nextId\" : 1", "\"nextId\" : 1,\n  \"glossary\" : [ { \"en\" : \"hello\", "
                + "\"vi\" : \"chào\" }, { \"en\" : \"Hello\", \"vi\" : \"Chào\", \"status\" : \"forbidden\" } ]").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'glossary' is invalid: 'Hello' → 'Chào' is already in the glossary as"
                        + " 'hello' → 'chào' (approved)");
    }

    @Test
    void aFileWithoutGlossaryLoadsWithAnEmptyOne() throws Exception {
        Path file = folder.resolve("chao.songngu.json");
        ProjectFile.save(SampleProjects.greeting(), file);

        assertThat(Files.readString(file)).doesNotContain("glossary");
        assertThat(ProjectFile.load(file).glossary()).isEqualTo(Glossary.empty());
    }

    @Test
    void theExampleProjectShipsAGlossaryWithOneApprovedRenderingOfRetransfusion() throws Exception {
        Path example = Path.of("alignments", "seeds" + ProjectFile.EXTENSION);
        Assumptions.assumeTrue(Files.exists(example), "the example project is not in this checkout");

        Glossary glossary = ProjectFile.load(example).glossary();

        assertThat(glossary.approved("retransfusion")).containsExactly(new TermEntry("retransfusion",
                "truyền máu ngược", TermStatus.APPROVED,
                "The seed's own term; its synonyms below are not used in this project."));
        assertThat(glossary.forbidden("retransfusion")).extracting(TermEntry::vietnamese)
                .containsExactly("tái truyền máu", "truyền máu lại", "truyền máu trở lại");
    }

    @Test
    void paragraphSentenceWhoseTextDiffersFromTheDocumentKeepsItsText() throws Exception {
        Project project = SampleProjects.greeting();
        Document english = project.alignment().english();
        Paragraph paragraph = english.paragraphs().get(0);
        Document edited = new Document(english.name(), english.language(), english.text(),
                List.of(new Paragraph(paragraph.start(), paragraph.end(), paragraph.kind(),
                        List.of(new Sentence("Hi.", 0, 6)))));
        Project changed = new Project(project.name(),
                new Alignment(edited, project.alignment().vietnamese(),
                        project.alignment().rows(), project.alignment().nextId()),
                project.created(), project.modified(), project.englishSource(), project.vietnameseSource());
        Path file = folder.resolve("hi.songngu.json");

        ProjectFile.save(changed, file);

        assertThat(ProjectFile.load(file)).isEqualTo(changed);
    }

    @Test
    void aRowSentenceLoadsAsTheDocumentsOwnSentenceNotASecondCopy() throws Exception {
        Path file = folder.resolve("greeting.songngu.json");
        ProjectFile.save(SampleProjects.greeting(), file);

        Alignment loaded = ProjectFile.load(file).alignment();

        assertThat(loaded.row(0).vietnamese().get(0))
                .isSameAs(loaded.vietnamese().paragraphs().get(0).sentences().get(0));
    }

    @Test
    void rowSentenceWhoseTextWasEditedKeepsItsText() throws Exception {
        Project project = SampleProjects.greeting();
        AlignmentRow row = project.alignment().row(0);
        Project edited = project.withAlignment(project.alignment().withRows(
                List.of(row.withSides(row.english(), List.of(new Sentence("Chào bạn.", 0, 9)))),
                project.alignment().nextId()), project.modified());
        Path file = folder.resolve("edited.songngu.json");

        ProjectFile.save(edited, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"text\" : \"Chào bạn.\"");
        assertThat(ProjectFile.load(file)).isEqualTo(edited);
    }

    @Test
    void formatOneFileWithEveryRowTextWrittenStillLoads() throws Exception {
        Path file = savedGreeting()
                .replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")
                .replace("\"english\" : [\n        {\n", "\"english\" : [\n        {\n          \"text\" : \"Hello.\",\n")
                .replace("\"vietnamese\" : [\n        {\n", "\"vietnamese\" : [\n        {\n          \"text\" : \"Xin chào.\",\n")
                .write();

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"text\" : \"Xin chào.\"");
        assertThat(ProjectFile.load(file)).isEqualTo(SampleProjects.greeting());
    }

    @Test
    void fileOfANewerFormatIsRefused() throws Exception {
        Path file = savedGreeting().replace("\"formatVersion\" : 2", "\"formatVersion\" : 3").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": written by a newer Song Ngữ (format 3); this version reads format 2");
    }

    @Test
    void unknownFieldsAreIgnoredSoALaterVersionCanAddThem() throws Exception {
        Path file = savedGreeting()
                .replace("\"nextId\" : 1", "\"nextId\" : 1,\n  \"bookmarks\" : { \"rows\" : [ { \"id\" : 1, \"label\" : \"sông\" } ] }")
                .replace("\"status\" : \"unconfirmed\",", "\"status\" : \"unconfirmed\",\n      \"note\" : \"kiểm tra lại\",")
                .write();

        assertThat(ProjectFile.load(file)).isEqualTo(SampleProjects.greeting());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws Exception {
        Path file = folder.resolve("broken.songngu.json");
        Files.writeString(file, "{\n  \"formatVersion\" : 1,\n  \"name\" : \"Chào\",,\n}\n");

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": not valid JSON at line 3, column 19: Unexpected character (',' (code 44)):"
                        + " was expecting double-quote to start field name");
    }

    @Test
    void truncatedFileIsReportedWithLineAndColumn() throws Exception {
        Path file = savedGreeting().replace("  \"nextId\" : 1\n}\n", "  \"nextId\" : 1\n").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": not valid JSON at line 64, column 1: Unexpected end-of-input:"
                        + " expected close marker for Object");
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws Exception {
        Path file = folder.resolve("latin1.songngu.json");
        Files.write(file, "{ \"name\" : \"Ch\u00e0o\" }".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": is not UTF-8 text, so not a Song Ngữ project");
    }

    @Test
    void byteOrderMarkFromAWindowsEditorIsAccepted() throws Exception {
        Path file = savedGreeting().replace("{\n  \"formatVersion\"", "\uFEFF{\n  \"formatVersion\"").write();

        assertThat(ProjectFile.load(file)).isEqualTo(SampleProjects.greeting());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = folder.resolve("empty.songngu.json");
        Files.writeString(file, "");

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": is empty, not a Song Ngữ project");
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() throws Exception {
        Path file = folder.resolve("list.songngu.json");
        Files.writeString(file, "[1, 2]");

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": is not a Song Ngữ project (expected a JSON object)");
    }

    @Test
    void missingFormatVersionIsNamed() throws Exception {
        Path file = savedGreeting().replace("  \"formatVersion\" : 2,\n", "").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'formatVersion' is missing");
    }

    @Test
    void missingFieldIsNamedWithItsPath() throws Exception {
        Path file = savedGreeting().replace("      \"status\" : \"unconfirmed\",\n", "").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'rows[0].status' is missing");
    }

    @Test
    void missingTopLevelFieldIsNamed() throws Exception {
        Path file = savedGreeting().replace("  \"name\" : \"Chào\",\n", "").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'name' is missing");
    }

    @Test
    void valueOfTheWrongKindIsNamedWithItsPath() throws Exception {
        Path file = savedGreeting().replace("\"id\" : 0", "\"id\" : \"first\"").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'rows[0].id' must be a whole number");
    }

    @Test
    void fractionWhereAWholeNumberBelongsIsRefused() throws Exception {
        Path file = savedGreeting().replace("\"nextId\" : 1", "\"nextId\" : 1.5").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'nextId' must be a whole number");
    }

    @Test
    void unknownStatusIsNamedWithTheValuesAllowed() throws Exception {
        Path file = savedGreeting().replace("\"status\" : \"unconfirmed\"", "\"status\" : \"maybe\"").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'rows[0].status' is 'maybe'; expected one of unconfirmed, confirmed");
    }

    @Test
    void invariantViolationIsNamedWithTheFieldAndTheRule() throws Exception {
        Path file = savedGreeting().replace("\"confidence\" : 0.5", "\"confidence\" : 1.5").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'rows[0]' is invalid: confidence 1.5 is outside [0, 1]");
    }

    @Test
    void rowIdAtOrAboveNextIdIsRefused() throws Exception {
        Path file = savedGreeting().replace("\"nextId\" : 1", "\"nextId\" : 0").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'rows' is invalid: row id 0 is not below the next id 0");
    }

    @Test
    void sentenceOffsetsOutsideTheDocumentTextAreRefused() throws Exception {
        Path file = savedGreeting().replace("""
                            "start" : 0,
                            "end" : 6
                """, """
                            "start" : 0,
                            "end" : 60
                """).write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'english.paragraphs[0].sentences[0]' is invalid: offsets [0, 60)"
                        + " lie outside the document text of 6 characters");
    }

    @Test
    void badTimeIsNamed() throws Exception {
        Path file = savedGreeting().replace("\"2026-11-20T08:00:00Z\"", "\"yesterday\"").write();

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": field 'created' is 'yesterday', not a time such as 2026-01-31T09:30:00Z");
    }

    @Test
    void missingFileIsNamed() {
        Path file = folder.resolve("gone.songngu.json");

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void saveKeepsThePreviousFileAsBakReplacingAnOlderBak() throws Exception {
        Path file = folder.resolve("river.songngu.json");
        Project first = SampleProjects.river();
        Project second = first.withAlignment(first.alignment(), SampleProjects.MODIFIED.plusSeconds(60));
        Project third = first.withAlignment(first.alignment(), SampleProjects.MODIFIED.plusSeconds(120));

        ProjectFile.save(first, file);
        assertThat(listing()).containsExactly("river.songngu.json");
        ProjectFile.save(second, file);
        ProjectFile.save(third, file);

        assertThat(ProjectFile.load(file)).isEqualTo(third);
        assertThat(ProjectFile.load(folder.resolve("river.songngu.json.bak"))).isEqualTo(second);
        assertThat(listing()).containsExactly("river.songngu.json", "river.songngu.json.bak");
    }

    @Test
    void failingSerializerLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("river.songngu.json");
        ProjectFile.save(SampleProjects.river(), file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> ProjectFile.save(file, out -> {
            out.write("{\n  \"formatVersion\" : 1,\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("No space left on device");
        }, true))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": could not be saved: No space left on device");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing()).containsExactly("river.songngu.json");
    }

    @Test
    void serializerBugLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("river.songngu.json");
        ProjectFile.save(SampleProjects.river(), file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> ProjectFile.save(file, out -> {
            out.write("{".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("serializer bug");
        }, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("serializer bug");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing()).containsExactly("river.songngu.json");
    }

    @Test
    void saveIntoAReadOnlyFolderLeavesTheOldFileIntact() throws Exception {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "needs POSIX permissions");
        Path file = folder.resolve("river.songngu.json");
        ProjectFile.save(SampleProjects.river(), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "root may write into read-only folders");

            assertThatThrownBy(() -> ProjectFile.save(SampleProjects.greeting(), file))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessage(file + ": could not be saved: the folder " + folder + " is not writable");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(listing()).containsExactly("river.songngu.json");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void saveIntoAMissingFolderNamesTheFolder() {
        Path file = folder.resolve("nowhere").resolve("river.songngu.json");

        assertThatThrownBy(() -> ProjectFile.save(SampleProjects.river(), file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": could not be saved: the folder " + folder.resolve("nowhere")
                        + " does not exist");
    }

    @Test
    void defaultsAreTheAlignmentsFolderAndTheSongnguExtension() {
        assertThat(List.of(ProjectFile.DEFAULT_FOLDER, ProjectFile.EXTENSION, ProjectFile.FORMAT_VERSION))
                .isEqualTo(List.of("alignments", ".songngu.json", 2));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The greeting project's file text, to be changed by plain text replacement and written back. */
    private SavedText savedGreeting() throws Exception {
        Path file = folder.resolve("greeting.songngu.json");
        ProjectFile.save(SampleProjects.greeting(), file);
        return new SavedText(file, Files.readString(file));
    }

    private record SavedText(Path file, String text) {

        SavedText replace(String target, String replacement) {
            if (!text.contains(target)) {
                throw new IllegalArgumentException("the saved file does not contain " + target);
            }
            return new SavedText(file, text.replace(target, replacement));
        }

        Path write() throws IOException {
            Files.writeString(file, text);
            return file;
        }
    }
}
