package org.songngu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReadException;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.ReadOptions;
import org.songngu.core.document.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segment FILE}: prints one sentence per line and a blank line between paragraphs. */
@Command(name = "segment", description = "Split a document into sentences, one per line.")
final class SegmentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document to split (.txt, .docx, .html; other names are read as text).")
    private Path file;

    @Option(names = "--lang", paramLabel = "en|vi", description = "Language of the document (default: detected).")
    private String lang;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Character encoding of a text or HTML file, such as windows-1258 (default: detected).")
    private String encoding;

    @Override
    public Integer call() {
        ReadOptions options = ReadOptions.detect();
        if (lang != null) {
            options = options.withLanguage(OptionValues.language(lang));
        }
        if (encoding != null) {
            options = options.withEncoding(OptionValues.charset(encoding));
        }
        Document document;
        try {
            document = DocumentReader.read(file, options);
        } catch (DocumentReadException e) {
            throw new UserError(e.getMessage());
        }
        print(document, spec.commandLine().getOut());
        return 0;
    }

    static void print(Document document, PrintWriter out) {
        boolean first = true;
        for (Paragraph paragraph : document.paragraphs()) {
            if (!first) {
                out.println();
            }
            first = false;
            for (Sentence sentence : paragraph.sentences()) {
                out.println(sentence.text());
            }
        }
        out.flush();
    }
}
