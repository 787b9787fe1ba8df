package org.songngu.core.task;

/** Receives progress from long work, called from inside its loops. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, what) -> { };

    /**
     * @param done units of work finished so far
     * @param total units of work in all
     * @param what a short description of the current step, for a progress bar's label
     */
    void progress(long done, long total, String what);
}
