package org.songngu.ui.app;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Writes a picture of the workbench on the example project, for the README:
 * {@code xvfb-run -a java -cp target/songngu.jar org.songngu.ui.app.Screenshot docs/screenshot.png}.
 * The window paints itself into the image, so nothing else on the screen can get in the way.
 */
public final class Screenshot {

    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private Screenshot() {
    }

    public static void main(String[] args) throws InterruptedException, InvocationTargetException, IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/screenshot.png");
        AtomicReference<WorkbenchFrame> frame = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setSize(1280, 860);
            opened.setVisible(true);
            opened.open(Workbench.EXAMPLE_PROJECT);
            frame.set(opened);
        });
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!loaded(frame.get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the example project did not open within a minute");
            }
            Thread.sleep(50);
        }
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> image.set(paint(frame.get())));
        ImageIO.write(image.get(), "png", target.toFile());
        SwingUtilities.invokeAndWait(() -> frame.get().dispose());
        System.exit(0);
    }

    private static boolean loaded(WorkbenchFrame frame) throws InterruptedException, InvocationTargetException {
        AtomicReference<Boolean> loaded = new AtomicReference<>(false);
        SwingUtilities.invokeAndWait(() -> loaded.set(frame.grid() != null && frame.grid().table().getRowCount() > 0));
        return loaded.get();
    }

    /** Paints the window into an image, as the screen would show it; on the event thread. */
    static BufferedImage paint(JFrame frame) {
        frame.getRootPane().validate();
        BufferedImage image = new BufferedImage(frame.getRootPane().getWidth(), frame.getRootPane().getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        frame.getRootPane().paint(graphics);
        graphics.dispose();
        return image;
    }
}
