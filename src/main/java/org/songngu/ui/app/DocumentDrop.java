package org.songngu.ui.app;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.InputEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;

/**
 * Accepts files dropped (or pasted) on the window and hands them on. Over a component that exports data of
 * its own, such as the grid copying rows, it keeps that component's handler for the export.
 */
final class DocumentDrop extends TransferHandler {

    private final Consumer<List<Path>> dropped;
    private final TransferHandler exports;

    DocumentDrop(Consumer<List<Path>> dropped) {
        this(dropped, null);
    }

    private DocumentDrop(Consumer<List<Path>> dropped, TransferHandler exports) {
        this.dropped = dropped;
        this.exports = exports;
    }

    /** This drop for {@code component}, which goes on exporting as its own handler did. */
    DocumentDrop over(JComponent component) {
        return new DocumentDrop(dropped, component.getTransferHandler());
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        List<Path> files;
        try {
            files = ((List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor)).stream()
                    .map(file -> ((File) file).toPath()).toList();
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
        // Later: asking to save or reading the files must not hold up the drop, which the source waits on.
        SwingUtilities.invokeLater(() -> dropped.accept(files));
        return true;
    }

    @Override
    public int getSourceActions(JComponent component) {
        return exports == null ? NONE : exports.getSourceActions(component);
    }

    @Override
    public void exportAsDrag(JComponent component, InputEvent event, int action) {
        if (exports != null) {
            exports.exportAsDrag(component, event, action);
        }
    }

    @Override
    public void exportToClipboard(JComponent component, Clipboard clipboard, int action) {
        if (exports != null) {
            exports.exportToClipboard(component, clipboard, action);
        }
    }
}
