package org.songngu.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.songngu.core.text.Language;

/** Turns option values into our types, refusing bad ones with a message that names the value. */
final class OptionValues {

    private OptionValues() {
    }

    static Language language(String code) {
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserError("unknown encoding '" + name + "'");
        }
    }
}
