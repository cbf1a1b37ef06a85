package nl.reintsim.simulation.observation;

/** The municipality pays the rent of a short detention that starts today, for {@code days} days. */
public record RentContinued(int day, int personId, int municipality, int days) implements ModelEvent { }
