package org.songngu.core.task;

import java.util.concurrent.CancellationException;

/** Lets long work be cancelled: loops call {@link #check()} and stop when asked to. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancellationException} once cancellation was requested. */
    default void check() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
