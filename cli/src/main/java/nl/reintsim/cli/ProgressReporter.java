package nl.reintsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.reintsim.simulation.engine.ReplicationRunner;

/**
 * Progress on stderr: replications done of total, elapsed time and an estimate of what remains.
 * Silent for the first second, so quick work prints nothing; at most one line every two seconds
 * after that, and always a last line when something was shown.
 */
final class ProgressReporter implements ReplicationRunner.Progress {
    private static final long QUIET_START_NANOS = 1_000_000_000L;
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final long start = System.nanoTime();
    private long lastShown = Long.MIN_VALUE;
    private boolean shown;
    private int done;
    private int total;

    ProgressReporter(PrintWriter err, boolean enabled, String label, int total) {
        this.total = total;
        this.err = err;
        this.enabled = enabled;
        this.label = label;
    }

    @Override public synchronized void replicationDone(int done, int total) {
        this.done = Math.max(this.done, done);
        this.total = total;
        if (!enabled) return;
        long now = System.nanoTime();
        boolean last = done == total;
        if (now - start < QUIET_START_NANOS || (!last && shown && now - lastShown < INTERVAL_NANOS)) return;
        double elapsed = (now - start) / 1e9;
        double remaining = elapsed / done * (total - done);
        err.printf(Locale.ROOT, "%s: %d/%d replications, %.1f s elapsed, about %.0f s to go%n",
                label, done, total, elapsed, remaining);
        err.flush();
        lastShown = now;
        shown = true;
    }

    synchronized int done() { return done; }
    synchronized int total() { return total; }

}
