package nl.reintsim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While open, Ctrl-C or SIGTERM interrupts the thread that opened it, and the JVM waits (up to 30 s) until
 * the guard is closed, so that the work can stop and clean up: nothing half-written stays behind.
 */
final class InterruptGuard implements AutoCloseable {
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private final boolean installed;

    InterruptGuard() {
        Thread worker = Thread.currentThread();
        hook = new Thread(() -> {
            worker.interrupt();
            try {
                closed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "reintsim-interrupt");
        boolean ok;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            ok = true;
        } catch (IllegalStateException e) {
            ok = false;   // the JVM is already shutting down
        }
        installed = ok;
    }

    @Override public void close() {
        closed.countDown();
        if (!installed) return;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and will end by itself
        }
    }
}
