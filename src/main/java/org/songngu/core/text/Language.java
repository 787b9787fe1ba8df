package org.songngu.core.text;

import java.util.Locale;

/** A language Song Ngữ works with, known by its ISO 639-1 code. */
public enum Language {
    EN("en", "English"),
    VI("vi", "Vietnamese");

    private final String code;
    private final String englishName;

    Language(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Parses a code such as "en", "VI" or "vi-VN"; the message names the value it refused. */
    public static Language fromCode(String value) {
        String primary = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + value + "': expected en or vi");
    }
}
