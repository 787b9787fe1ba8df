package org.songngu.core.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists bundled with this package: UTF-8, one entry a line, {@code #} comments. */
final class ResourceLines {

    /** A non-blank, non-comment line and its 1-based number, for messages that name the line. */
    record Line(int number, String text) {
    }

    private ResourceLines() {
    }

    static List<Line> read(String resourceName) {
        InputStream stream = ResourceLines.class.getResourceAsStream(resourceName);
        if (stream == null) {
            // A missing bundled list is a packaging error, not something a user can fix.
            throw new IllegalStateException("resource " + resourceName + " is missing from the package");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resourceName, e);
        }
        return lines;
    }
}
