package org.songngu.ui.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's text in the user's language (English or Vietnamese), from messages*.properties. */
public final class Messages {

    private static final String BUNDLE = "org.songngu.ui.messages";

    private Messages() {
    }

    /** The language the UI is shown in: "vi" or "en". */
    static String language() {
        return Locale.getDefault().getLanguage().equals("vi") ? "vi" : "en";
    }

    /**
     * Shows the UI in {@code code} ("en" or "vi") from now on: texts read after this are in it; {@link
     * Texts#refreshAll()} puts those on screen in it too.
     */
    static void use(String code) {
        Locale.setDefault(Locale.forLanguageTag(code));
    }

    public static String get(String key, Object... arguments) {
        // Properties bundles are read as UTF-8 since Java 9, so Vietnamese needs no escapes.
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }

    /** A number with two decimals as the UI's language writes it: 0.97 in English, 0,97 in Vietnamese. */
    public static String decimal(double value) {
        return String.format(Locale.getDefault(), "%.2f", value);
    }
}
