package nl.reintsim.simulation.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A mechanism that runs once a day in its {@link Phase}. It takes only the day from MASON, so its daily
 * work ({@link #onDay}) can be tested with a plain day number and no schedule.
 */
public abstract class DailyMechanism implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override public final void step(SimState state) {
        onDay(Clock.today(state));
    }

    /** Everything this mechanism does on schedule day {@code day}. */
    protected abstract void onDay(int day);
}
