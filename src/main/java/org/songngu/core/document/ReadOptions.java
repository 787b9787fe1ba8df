package org.songngu.core.document;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.songngu.core.text.Language;

/**
 * How to read a document file: what the caller already knows about it.
 *
 * <p>Optional fields break the "Optional only as a return type" rule on purpose: absent here
 * means "detect it", which is a real third state, and an Optional says so better than null.
 *
 * @param language the document's language; absent to detect it from the text
 * @param encoding the character encoding of a text or HTML file; absent to detect it
 */
public record ReadOptions(Optional<Language> language, Optional<Charset> encoding) {

    public ReadOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Detect both the language and the encoding. */
    public static ReadOptions detect() {
        return new ReadOptions(Optional.empty(), Optional.empty());
    }

    /** A known language, the encoding detected. */
    public static ReadOptions of(Language language) {
        return detect().withLanguage(language);
    }

    public ReadOptions withLanguage(Language newLanguage) {
        return new ReadOptions(Optional.of(newLanguage), encoding);
    }

    public ReadOptions withEncoding(Charset newEncoding) {
        return new ReadOptions(language, Optional.of(newEncoding));
    }
}
