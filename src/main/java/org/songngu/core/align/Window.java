package org.songngu.core.align;

/**
 * The part of the alignment lattice that a search visits: for each English position i (0..n) the
 * Vietnamese positions lo[i]..hi[i]. Keeping it narrow keeps memory linear in document length.
 */
final class Window {

    final int n;
    final int m;
    final int[] lo;
    final int[] hi;

    Window(int n, int m) {
        this.n = n;
        this.m = m;
        this.lo = new int[n + 1];
        this.hi = new int[n + 1];
    }

    static Window full(int n, int m) {
        Window window = new Window(n, m);
        java.util.Arrays.fill(window.hi, m);
        return window;
    }

    /** The lattice within {@code radius} of a path's nodes on each row. */
    static Window around(java.util.List<Bead> path, int n, int m, int radius) {
        Window window = new Window(n, m);
        java.util.Arrays.fill(window.lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(window.hi, Integer.MIN_VALUE);
        window.touch(0, 0, radius);
        for (Bead bead : path) {
            for (int i = bead.enStart(); i <= bead.enEnd(); i++) {
                window.touch(i, bead.viStart(), radius);
                window.touch(i, bead.viEnd(), radius);
            }
        }
        return window;
    }

    private void touch(int i, int j, int radius) {
        lo[i] = Math.min(lo[i], Math.max(0, j - radius));
        hi[i] = Math.max(hi[i], Math.min(m, j + radius));
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    int width(int i) {
        return hi[i] - lo[i] + 1;
    }

    long cells() {
        long cells = 0;
        for (int i = 0; i <= n; i++) {
            cells += width(i);
        }
        return cells;
    }
}
