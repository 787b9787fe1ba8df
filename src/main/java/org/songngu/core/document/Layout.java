package org.songngu.core.document;

import java.util.ArrayList;
import java.util.List;
import org.songngu.core.text.TextNormalizer;

/** A document's final text and where its paragraphs lie in it. */
record Layout(String text, List<BlockSpan> blocks) {

    Layout {
        blocks = List.copyOf(blocks);
        for (BlockSpan block : blocks) {
            if (block.end() > text.length()) {
                throw new IllegalArgumentException("block [" + block.start() + ", " + block.end()
                        + ") runs past the end of a text of length " + text.length());
            }
        }
    }

    /**
     * Lays out blocks from a structured format: each block's text on one line, a blank line
     * between blocks, blank blocks dropped.
     */
    static Layout ofBlocks(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<BlockSpan> spans = new ArrayList<>();
        for (Block block : blocks) {
            String line = TextNormalizer.normalize(block.text())
                    .replaceAll("\\s+", " ")
                    .strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            spans.add(new BlockSpan(text.length(), text.length() + line.length(), block.kind()));
            text.append(line);
        }
        return new Layout(text.toString(), spans);
    }
}
