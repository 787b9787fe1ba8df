package org.songngu.core.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs two independent pieces of work at once, one on another core and one on the calling
 * thread, and waits for both. An unchecked exception from the other core comes out as itself,
 * so that a cancellation or an error message reads the same whichever core met it.
 */
public final class TwoCores {

    /** What each piece of work returned. */
    public record Results<A, B>(A elsewhere, B here) {
    }

    private TwoCores() {
    }

    public static <A, B> Results<A, B> both(Supplier<A> elsewhere, Supplier<B> here) {
        CompletableFuture<A> other = CompletableFuture.supplyAsync(elsewhere);
        B mine = here.get();
        try {
            return new Results<>(other.join(), mine);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public static void both(Runnable elsewhere, Runnable here) {
        both(() -> {
            elsewhere.run();
            return null;
        }, () -> {
            here.run();
            return null;
        });
    }
}
