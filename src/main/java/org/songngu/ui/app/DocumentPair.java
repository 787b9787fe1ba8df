package org.songngu.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.Bead;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReadException;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.ReadOptions;
import org.songngu.core.project.Project;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;

/** Two documents to align, with the files they were read from; reading and aligning run off the event thread. */
record DocumentPair(Path englishFile, Document english, Path vietnameseFile, Document vietnamese) {

    /** Reading the two documents. */
    @FunctionalInterface
    interface Reader {

        DocumentPair read() throws DocumentReadException;
    }

    /** Reads an English and a Vietnamese file as the user named them. */
    static DocumentPair read(Path english, Path vietnamese) throws DocumentReadException {
        return new DocumentPair(english, DocumentReader.read(english, Language.EN), vietnamese,
                DocumentReader.read(vietnamese, Language.VI));
    }

    /** Reads two files in either order, telling which is Vietnamese by its text. */
    static DocumentPair bySide(Path first, Path second) throws DocumentReadException {
        Document one = DocumentReader.read(first, ReadOptions.detect());
        Document other = DocumentReader.read(second, ReadOptions.detect());
        if (one.language() == other.language()) {
            throw new DocumentReadException(Messages.get("drop.sameLanguage", first.getFileName(),
                    second.getFileName()));
        }
        return one.language() == Language.VI ? new DocumentPair(second, other, first, one)
                : new DocumentPair(first, one, second, other);
    }

    /** Aligns the two documents into a new, unsaved project. */
    Project align(ProgressListener progress, Cancellation cancellation) {
        List<Bead> beads = new Aligner(Lexicon.builtIn()).align(SentenceSide.of(english), SentenceSide.of(vietnamese),
                progress, cancellation);
        return new Project(english.name() + " ↔ " + vietnamese.name(), Alignment.of(english, vietnamese, beads),
                Instant.now(), Instant.now(), englishFile.toString(), vietnameseFile.toString());
    }
}
