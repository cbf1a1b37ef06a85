package nl.reintsim.simulation.observation;

/** The last day of a calendar month has been simulated; stocks at that moment. */
public record MonthEnded(int day, int monthIndex, int inDetention) implements ModelEvent { }
