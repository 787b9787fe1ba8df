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
