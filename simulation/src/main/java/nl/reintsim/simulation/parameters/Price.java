package nl.reintsim.simulation.parameters;

/**
 * A unit cost in euros of a given price year.
 *
 * @param euros     the amount, in prices of {@code priceYear}
 * @param priceYear the year whose prices the amount is in
 */
public record Price(double euros, int priceYear) {
    public Price {
        Require.nonNegative(euros, "price");
    }

    /** The amount in prices of {@code baseYear}, with prices rising by {@code indexPerYear} a year. */
    public double in(int baseYear, double indexPerYear) {
        return euros * Math.pow(1 + indexPerYear, baseYear - priceYear);
    }
}
