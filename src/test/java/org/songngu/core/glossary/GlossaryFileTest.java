package org.songngu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryFileTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            new TermEntry("retransfusion", "truyền máu ngược", TermStatus.APPROVED, "the seed's own term"),
            new TermEntry("retransfusion", "tái truyền máu", TermStatus.FORBIDDEN, "a synonym, \"not\" ours,\nsee note"),
            TermEntry.approved("patient", "bệnh nhân"),
            TermEntry.approved("patient", "người bệnh")));

    @TempDir
    Path dir;

    @Test
    void csvRoundTripKeepsEveryEntryInOrder() throws Exception {
        Path file = dir.resolve("terms.csv");

        GlossaryFile.write(GLOSSARY, file);

        assertThat(GlossaryFile.read(file)).isEqualTo(GLOSSARY);
        assertThat(Files.readString(file)).startsWith("en,vi,status,note\r\n"
                + "retransfusion,truyền máu ngược,approved,the seed's own term\r\n");
    }

    @Test
    void tsvRoundTripKeepsEveryEntryInOrder() throws Exception {
        Path file = dir.resolve("terms.tsv");

        GlossaryFile.write(GLOSSARY, file);

        assertThat(GlossaryFile.read(file)).isEqualTo(GLOSSARY);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("en\tvi\tstatus\tnote");
    }

    @Test
    void tbxRoundTripKeepsEveryEntryInOrder() throws Exception {
        Path file = dir.resolve("terms.tbx");

        GlossaryFile.write(GLOSSARY, file);

        assertThat(GlossaryFile.read(file)).isEqualTo(GLOSSARY);
        assertThat(Files.readString(file)).contains("""
                    <termEntry id="t1">
                      <langSet xml:lang="en">
                        <tig>
                          <term>retransfusion</term>
                        </tig>
                      </langSet>
                      <langSet xml:lang="vi">
                        <tig>
                          <term>truyền máu ngược</term>
                          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                          <note>the seed's own term</note>
                        </tig>
                        <tig>
                          <term>tái truyền máu</term>
                          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                """.indent(2));
    }

    @Test
    void csvColumnsMayComeInAnyOrderWithABomAndStatusMayBeLeftOut() throws Exception {
        Path file = write("terms.csv", "\uFEFFVI,domain,EN\r\ntruyền máu ngược,medicine,retransfusion\r\n,,\r\n"
                + "hồng cầu,,red blood cell\r\n");

        assertThat(GlossaryFile.read(file)).isEqualTo(Glossary.of(List.of(
                TermEntry.approved("retransfusion", "truyền máu ngược"), TermEntry.approved("red blood cell", "hồng cầu"))));
    }

    @Test
    void anEmptyFileIsAnEmptyGlossary() throws Exception {
        assertThat(GlossaryFile.read(write("empty.csv", ""))).isEqualTo(Glossary.empty());
    }

    @Test
    void aHeaderWithoutEnOrViIsRefused() throws Exception {
        Path file = write("terms.csv", "english,vi\nblood,máu\n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": line 1: the header row must name the columns en and vi (and may name status and"
                        + " note); found: english, vi");
    }

    @Test
    void anUnknownStatusNamesItsLineCountingLineBreaksInsideQuotes() throws Exception {
        Path file = write("terms.csv", "en,vi,note,status\nblood,máu,\"two\nlines\",approved\nplasma,huyết tương,,preferred\n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": line 4: status 'preferred' is neither approved nor forbidden");
    }

    @Test
    void aBlankTermNamesItsLine() throws Exception {
        Path file = write("terms.csv", "en,vi\nblood,máu\nplasma,  \n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": line 3: the Vietnamese term for 'plasma' cannot be blank");
    }

    @Test
    void aRepeatedPairNamesBothLines() throws Exception {
        Path file = write("terms.tsv", "en\tvi\tstatus\nblood\tmáu\t\nplasma\thuyết tương\t\nBlood\tMáu\tforbidden\n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": line 4: 'Blood' → 'Máu' repeats the pair of line 2");
    }

    @Test
    void anUnclosedQuoteIsMalformed() throws Exception {
        Path file = write("terms.csv", "en,vi\nblood,máu\n\"plasma,huyết tương\n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessageStartingWith(file + ": line 3: not valid CSV: ");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "en,vi\ncoffee,c\u00e0 ph\u00ea\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": not UTF-8 text; save it as UTF-8 and try again");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.csv");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void tbxFromOtherToolsPairsEveryEnglishWithEveryVietnameseTermAndSkipsOtherLanguages() throws Exception {
        Path file = write("tool.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
                <martif type="TBX-Basic" xml:lang="en-US">
                  <text><body>
                    <termEntry id="a">
                      <langSet xml:lang="en-US"><tig><term>blood transfusion</term></tig>
                        <tig><term>transfusion</term></tig></langSet>
                      <langSet xml:lang="de"><tig><term>Bluttransfusion</term></tig></langSet>
                      <langSet xml:lang="vi-VN"><tig><term>truyền máu</term>
                        <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                        <ntig><termGrp><term>tiếp máu</term></termGrp>
                        <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></ntig></langSet>
                    </termEntry>
                    <termEntry id="b">
                      <langSet xml:lang="en"><tig><term>plasma</term></tig></langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """);

        assertThat(GlossaryFile.read(file)).isEqualTo(Glossary.of(List.of(
                TermEntry.approved("blood transfusion", "truyền máu"),
                TermEntry.forbidden("blood transfusion", "tiếp máu"),
                TermEntry.approved("transfusion", "truyền máu"),
                TermEntry.forbidden("transfusion", "tiếp máu"))));
    }

    @Test
    void tbxReadsTheVersion3Names() throws Exception {
        Path file = write("v3.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="en"><termSec><term>red blood cell</term></termSec></langSec>
                      <langSec xml:lang="vi"><termSec><term>hồng cầu</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);

        assertThat(GlossaryFile.read(file)).isEqualTo(Glossary.of(List.of(TermEntry.approved("red blood cell", "hồng cầu"))));
    }

    @Test
    void tbxExternalEntitiesAreRefusedNotResolved() throws Exception {
        Path secret = write("secret.txt", "do not read me");
        Path file = write("evil.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<martif><text><body><termEntry>\n<langSet xml:lang=\"en\"><tig><term>&x;</term></tig></langSet>\n"
                + "<langSet xml:lang=\"vi\"><tig><term>máu</term></tig></langSet></termEntry></body></text></martif>\n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": line 4: not valid TBX: the entity &x; is not allowed");
    }

    @Test
    void aFileThatIsNotTbxIsNamed() throws Exception {
        Path file = write("other.tbx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>\n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessage(file + ": not a TBX file: its root element is <tmx>, not <martif> or <tbx>");
    }

    @Test
    void brokenXmlNamesItsLine() throws Exception {
        Path file = write("broken.tbx", "<?xml version=\"1.0\"?>\n<martif>\n<text>\n</martif>\n");

        assertThatThrownBy(() -> GlossaryFile.read(file)).isInstanceOf(GlossaryFileException.class)
                .hasMessageStartingWith(file + ": line 4: not valid TBX: ");
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
