package org.songngu.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the paragraphs of normalized plain text by the rules of decision record 0001.
 *
 * <p>Blank lines separate paragraphs. A list item ("1.", "2)", "a)", "-", "•", ...) starts a
 * paragraph of its own even without a blank line before it, and an indented line right after it
 * continues it. Other consecutive lines join into one paragraph: the line break and the next
 * line's indentation become a single space in the document text itself, so that every sentence
 * is an exact substring of the text. A paragraph of one short line without final punctuation is
 * a heading.
 */
final class PlainTextLayout {

    /** A list marker at the start of a line (after any indentation), followed by text. */
    static final Pattern LIST_MARKER = Pattern.compile(
            "(?:\\d{1,3}[.)]|[a-z][.)]|[A-Z]\\)|[-•*–·◦▪‣])(?=\\s+\\S)");

    /** A sentence that is nothing but a list marker, as a segmenter may split "1." off. */
    static final Pattern MARKER_ONLY = Pattern.compile("(?:\\d{1,3}[.)]|[a-zA-Z][.)]|[-•*–·◦▪‣])");

    /** Headings are titles, not sentences; a longer line is a sentence missing its full stop. */
    static final int MAX_HEADING_WORDS = 12;

    private static final String FINAL_PUNCTUATION = ".?!:;…,";
    private static final String CLOSING = "\"'”’»)]";

    private PlainTextLayout() {
    }

    /** Lays out {@code text}, which must already be normalized (LF line ends, no tabs). */
    static Layout of(String text) {
        return new Builder().build(text);
    }

    /** Whether a line standing alone reads as a heading rather than a sentence. */
    static boolean looksLikeHeading(String line) {
        String trimmed = line.strip();
        int end = trimmed.length();
        while (end > 0 && CLOSING.indexOf(trimmed.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || FINAL_PUNCTUATION.indexOf(trimmed.charAt(end - 1)) >= 0) {
            return false;
        }
        if (trimmed.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        return trimmed.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    static boolean startsWithListMarker(String lineWithoutIndent) {
        return LIST_MARKER.matcher(lineWithoutIndent).lookingAt();
    }

    /** Walks the lines once, writing the laid-out text and closing paragraphs as it goes. */
    private static final class Builder {

        private final StringBuilder out = new StringBuilder();
        private final List<BlockSpan> blocks = new ArrayList<>();
        private boolean firstLine = true;
        private int openStart = -1;
        private boolean openIsList;
        private int openLines;

        Layout build(String text) {
            for (String line : text.split("\n", -1)) {
                String content = line.stripTrailing();
                if (content.isEmpty()) {
                    close();
                    newLine("");
                    continue;
                }
                int indent = content.length() - content.stripLeading().length();
                String body = content.substring(indent);
                boolean listItem = startsWithListMarker(body);
                if (openStart >= 0 && !listItem && (!openIsList || indent > 0)) {
                    out.append(' ').append(body);
                    openLines++;
                    continue;
                }
                close();
                newLine(content);
                openStart = out.length() - body.length();
                openIsList = listItem;
                openLines = 1;
            }
            close();
            return new Layout(out.toString(), blocks);
        }

        private void newLine(String content) {
            if (!firstLine) {
                out.append('\n');
            }
            firstLine = false;
            out.append(content);
        }

        private void close() {
            if (openStart < 0) {
                return;
            }
            ParagraphKind kind;
            if (openIsList) {
                kind = ParagraphKind.LIST_ITEM;
            } else if (openLines == 1 && looksLikeHeading(out.substring(openStart))) {
                kind = ParagraphKind.HEADING;
            } else {
                kind = ParagraphKind.BODY;
            }
            blocks.add(new BlockSpan(openStart, out.length(), kind));
            openStart = -1;
        }
    }
}
