package nl.reintsim.simulation.model;

/** Source of income; the monitor's "registered income" is work or benefit [W6]. */
public enum Income { WORK, BENEFIT, NONE }
