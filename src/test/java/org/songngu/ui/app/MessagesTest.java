package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.songngu.ui.action.Command;

class MessagesTest {

    /** A call of Messages.get up to its first comma or closing parenthesis, and the literals in it. */
    private static final Pattern CALL = Pattern.compile("Messages\\.get\\(([^,;)]*)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

    @Test
    void englishAndVietnameseHaveTheSameKeys() throws IOException {
        assertThat(load("messages_vi.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheUserInterfaceUsesExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "org", "songngu", "ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = CALL.matcher(Files.readString(file));
                while (call.find()) {
                    Matcher literal = LITERAL.matcher(call.group(1));
                    while (literal.find()) {
                        used.add(literal.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_vi.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void vietnameseMessagesTakeTheSameArgumentsAsEnglishOnes() throws IOException {
        Properties english = load("messages.properties");
        Properties vietnamese = load("messages_vi.properties");
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(vietnamese.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @Test
    void messagesWithArgumentsKeepTheirApostrophes() throws IOException {
        // MessageFormat reads a lone ' as the start of quoted text, which would swallow the arguments after it.
        for (String name : new String[] {"messages.properties", "messages_vi.properties"}) {
            Properties messages = load(name);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!arguments(pattern).isEmpty()) {
                    assertThat(pattern.replace("''", "")).as(name + ": " + key).doesNotContain("'");
                    assertThat(new java.text.MessageFormat(pattern).getFormatsByArgumentIndex()).as(name + ": " + key)
                            .hasSize(arguments(pattern).stream().mapToInt(Integer::parseInt).max().orElseThrow() + 1);
                }
            }
        }
    }

    @Test
    void vietnameseTextIsComposedAsNfc() throws IOException {
        Properties vietnamese = load("messages_vi.properties");
        for (String key : vietnamese.stringPropertyNames()) {
            String text = vietnamese.getProperty(key);
            assertThat(text).as(key).isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
        }
    }

    @Test
    void switchingTheLanguageChangesTheTextsReadFromThenOn() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            Messages.use("vi");
            assertThat(Messages.get("menu.file")).isEqualTo("Tệp");
            assertThat(Messages.language()).isEqualTo("vi");
            assertThat(Messages.decimal(0.968)).isEqualTo("0,97");

            Messages.use("en");
            assertThat(Messages.get("menu.file")).isEqualTo("File");
            assertThat(Messages.language()).isEqualTo("en");
            assertThat(Messages.decimal(0.968)).isEqualTo("0.97");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aChosenLanguageIsUsedFromTheNextStart(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            Settings settings = Settings.load(folder.resolve("settings.properties"));
            settings.setLanguage("vi");
            settings.save();

            Workbench.useLanguage(Settings.load(folder.resolve("settings.properties")));

            assertThat(Messages.get("menu.file")).isEqualTo("Tệp");
            assertThat(Messages.language()).isEqualTo("vi");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new HashSet<>();
        Matcher argument = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    @Test
    void everyCommandHasItsTextInBothLanguages() throws IOException {
        Set<String> keys = Stream.of(Command.values()).map(Command::messageKey).collect(java.util.stream.Collectors.toSet());

        assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("messages_vi.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/songngu/ui/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
