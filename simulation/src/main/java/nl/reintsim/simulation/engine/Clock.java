package nl.reintsim.simulation.engine;

import sim.engine.SimState;

/** Reads the schedule day from MASON's clock: the only thing mechanisms take from {@code SimState}. */
public final class Clock {
    private Clock() { }

    public static int today(SimState state) { return (int) state.schedule.getTime(); }
}
