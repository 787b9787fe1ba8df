package org.songngu.core.document;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the paragraphs of an HTML page with jsoup: each block element's own text is a paragraph,
 * so a div's loose text counts, and nested blocks become paragraphs of their own in order.
 */
final class HtmlReader {

    private static final Set<String> DROPPED = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas");

    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "div", "pre",
            "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption",
            "section", "article", "header", "footer", "main", "nav", "aside", "figure", "figcaption",
            "address", "hr", "form", "fieldset", "legend", "details", "summary", "body");

    /** The charset a page declares in its first bytes, as browsers look for it. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private static final int META_SNIFF_LENGTH = 4096;

    private HtmlReader() {
    }

    static List<Block> read(Path file, byte[] bytes, Optional<Charset> encoding) throws DocumentReadException {
        Optional<Charset> charset = encoding.isPresent() || TextDecoder.byteOrderMark(bytes).isPresent()
                ? encoding
                : declaredCharset(file, bytes);
        String html = TextDecoder.decode(file, bytes, charset);
        Walker walker = new Walker();
        walker.walk(Jsoup.parse(html).body(), ParagraphKind.BODY);
        return walker.blocks;
    }

    static Optional<Charset> declaredCharset(Path file, byte[] bytes) throws DocumentReadException {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_LENGTH), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        try {
            if (Charset.isSupported(name)) {
                return Optional.of(Charset.forName(name));
            }
        } catch (IllegalCharsetNameException e) {
            // reported below like any other charset we cannot decode
        }
        throw new DocumentReadException(file + ": declares the unknown charset '" + name
                + "'; name the encoding with --encoding");
    }

    /** Collects the text of one block at a time; entering a nested block ends the current one. */
    private static final class Walker {

        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private ParagraphKind kind = ParagraphKind.BODY;

        void walk(Element element, ParagraphKind elementKind) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode textNode) {
                    text.append(isInPre(element) ? textNode.getWholeText() : textNode.text());
                } else if (child instanceof Element nested) {
                    String tag = nested.normalName();
                    if (DROPPED.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("br")) {
                        text.append(' ');
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        ParagraphKind outer = kind;
                        kind = kindOf(tag, elementKind);
                        walk(nested, kind);
                        flush();
                        kind = outer;
                    } else {
                        walk(nested, elementKind);
                    }
                }
            }
        }

        private static boolean isInPre(Element element) {
            for (Element e = element; e != null; e = e.parent()) {
                if (e.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }

        /** Headings and list items keep their kind for blocks nested in them, say a p inside an li. */
        private static ParagraphKind kindOf(String tag, ParagraphKind outer) {
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return ParagraphKind.HEADING;
            }
            if (tag.equals("li")) {
                return ParagraphKind.LIST_ITEM;
            }
            if (tag.equals("ul") || tag.equals("ol")) {
                return ParagraphKind.BODY;
            }
            return outer;
        }

        private void flush() {
            if (!text.toString().isBlank()) {
                blocks.add(new Block(text.toString(), kind));
            }
            text.setLength(0);
        }
    }
}
