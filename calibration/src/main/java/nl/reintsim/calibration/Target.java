package nl.reintsim.calibration;

import nl.reintsim.output.kpi.Kpi;

/**
 * A published figure the model should reproduce.
 *
 * @param tolerance distance within which the model counts as matching (the figure's spread or rounding)
 * @param weight    weight of the squared standardised distance in the fit
 */
public record Target(Kpi kpi, double value, double tolerance, double weight, String population, String source) {
    /** Weighted squared distance of a simulated value, in tolerances: 1 at the edge of the tolerance, for weight 1. */
    public double distance(double simulated) {
        double z = (simulated - value) / tolerance;
        return weight * z * z;
    }

    public boolean isMatched(double simulated) {
        return Math.abs(simulated - value) <= tolerance;
    }
}
