package org.songngu.ui.grid;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.border.EmptyBorder;
import javax.swing.table.TableCellRenderer;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.View;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermMatch;
import org.songngu.core.glossary.TermStatus;
import org.songngu.ui.app.Messages;

/**
 * Shows a side's sentences wrapped over as many lines as they need, with the glossary's terms
 * marked (forbidden renderings in their own colour) and named in the cell's tooltip.
 */
final class SentenceCellRenderer extends JTextArea implements TableCellRenderer {

    private final TermHighlights terms;
    private Color termColour;
    private Highlighter.HighlightPainter termPainter;
    private Color forbiddenColour;
    private Highlighter.HighlightPainter forbiddenPainter;

    SentenceCellRenderer(TermHighlights terms) {
        this.terms = terms;
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(true);
        setBorder(new EmptyBorder(4, 6, 4, 6));
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
            int row, int column) {
        String text = value == null ? "" : value.toString();
        setText(text);
        setFont(table.getFont());
        AlignmentTableModel model = (AlignmentTableModel) table.getModel();
        AlignmentRow shown = model.row(table.convertRowIndexToModel(row));
        Color own = RowColours.background(shown);
        setBackground(selected ? table.getSelectionBackground() : own != null ? own : table.getBackground());
        setForeground(selected ? table.getSelectionForeground() : UIManager.getColor("Table.foreground"));
        List<TermMatch> found = table.convertColumnIndexToModel(column) == AlignmentTableModel.ENGLISH
                ? terms.english(shown.id(), text) : terms.vietnamese(shown.id(), text);
        mark(found);
        setToolTipText(tooltip(found));
        return this;
    }

    /** The height this text needs at the given width. */
    int heightFor(String text, int width) {
        getHighlighter().removeAllHighlights();
        setText(text);
        setSize(Math.max(width, 1), Short.MAX_VALUE);
        return getPreferredSize().height;
    }

    private void mark(List<TermMatch> found) {
        Highlighter highlighter = getHighlighter();
        highlighter.removeAllHighlights();
        if (found.isEmpty()) {
            return;
        }
        Color colour = UIManager.getColor("AlignmentGrid.termBackground");
        Color forbiddenColour = UIManager.getColor("AlignmentGrid.forbiddenTermBackground");
        if (termPainter == null || !colour.equals(termColour) || !forbiddenColour.equals(this.forbiddenColour)) {
            // The theme can change while the window is open; the painters follow it.
            termColour = colour;
            this.forbiddenColour = forbiddenColour;
            termPainter = new TermPainter(colour);
            forbiddenPainter = new TermPainter(forbiddenColour);
        }
        for (TermMatch match : found) {
            try {
                highlighter.addHighlight(match.span().start(), match.span().end(),
                        isForbidden(match) ? forbiddenPainter : termPainter);
            } catch (BadLocationException e) {
                throw new IllegalStateException("a term match " + match.span() + " lies outside its own text", e);
            }
        }
    }

    /** A rendering the glossary only forbids stands out from the terms to use. */
    static boolean isForbidden(TermMatch match) {
        return match.entries().stream().allMatch(entry -> entry.status() == TermStatus.FORBIDDEN);
    }

    /** Every entry found in the cell, once, in the order of the text; null without any. */
    static String tooltip(List<TermMatch> found) {
        if (found.isEmpty()) {
            return null;
        }
        Set<TermEntry> entries = new LinkedHashSet<>();
        found.forEach(match -> entries.addAll(match.entries()));
        StringBuilder html = new StringBuilder("<html>");
        for (TermEntry entry : entries) {
            if (html.length() > "<html>".length()) {
                html.append("<br>");
            }
            String status = Messages.get(entry.status() == TermStatus.APPROVED
                    ? "glossary.status.approved" : "glossary.status.forbidden");
            html.append(escape(Messages.get("grid.termTooltip", entry.english(), entry.vietnamese(), status)));
            if (!entry.note().isEmpty()) {
                html.append(" — <i>").append(escape(entry.note())).append("</i>");
            }
        }
        return html.append("</html>").toString();
    }

    /**
     * Paints a term as a rounded mark a pixel narrower on each side, so that two terms side by side
     * ("blood" "retransfusion") read as two, not as one.
     */
    private static final class TermPainter extends DefaultHighlighter.DefaultHighlightPainter {

        TermPainter(Color colour) {
            super(colour);
        }

        @Override
        public Shape paintLayer(Graphics g, int start, int end, Shape bounds, JTextComponent text, View view) {
            Rectangle area;
            try {
                area = view.modelToView(start, Position.Bias.Forward, end, Position.Bias.Backward, bounds).getBounds();
            } catch (BadLocationException e) {
                return null;
            }
            g.setColor(getColor());
            g.fillRoundRect(area.x, area.y, Math.max(1, area.width - 2), area.height, 4, 4);
            return area;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
