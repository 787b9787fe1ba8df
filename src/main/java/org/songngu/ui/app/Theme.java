package org.songngu.ui.app;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The look of the workbench: FlatLaf light or dark, with the bundled Inter font, whose stacked
 * Vietnamese marks (ề, ồ) stay distinct where DejaVu nearly merges them.
 */
public final class Theme {

    private static final int FONT_SIZE = 14;

    private Theme() {
    }

    public static void install(boolean dark) {
        FlatInterFont.install();
        FlatLaf.registerCustomDefaultsSource("org.songngu.ui.theme");
        FlatLaf.setPreferredFontFamily(FlatInterFont.FAMILY);
        UIManager.put("defaultFont", new javax.swing.plaf.FontUIResource(FlatInterFont.FAMILY, java.awt.Font.PLAIN, FONT_SIZE));
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches theme in a running window, repainting everything that is open. */
    public static void switchTo(boolean dark) {
        install(dark);
        FlatLaf.updateUI();
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(window);
        }
    }
}
