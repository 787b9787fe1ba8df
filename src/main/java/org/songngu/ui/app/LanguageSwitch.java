package org.songngu.ui.app;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * View ▸ Language: shows every open window in the chosen language at once, leaving the project,
 * its history and the selection as they are, and keeps the choice for the next start.
 */
final class LanguageSwitch implements Consumer<String> {

    private final Settings settings;
    private final Consumer<String> report;

    /** @param report shows a one-line message, in the new language */
    LanguageSwitch(Settings settings, Consumer<String> report) {
        this.settings = settings;
        this.report = report;
    }

    /** Switches to {@code code}, "en" or "vi". */
    @Override
    public void accept(String code) {
        Messages.use(code);
        Texts.refreshAll();
        settings.setLanguage(code);
        try {
            settings.save();
            report.accept(Messages.get("status.languageChanged"));
        } catch (IOException e) {
            report.accept(Messages.get("status.settingsNotSaved", e.getMessage()));
        }
    }
}
