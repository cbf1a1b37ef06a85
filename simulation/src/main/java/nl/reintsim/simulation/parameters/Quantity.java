package nl.reintsim.simulation.parameters;

/**
 * A number from a parameter file with its unit and source, kept so that every run can list what it
 * assumed and where each value came from.
 *
 * @param path   field path in the parameter file, e.g. {@code recidivism.hazardHalfLifeDays}
 * @param range  plausible range (required for assumptions), or null
 * @param fit    bounds within which calibration may move the value, or null when fixed
 */
public record Quantity(String path, double value, Unit unit, String source, Range range, Range fit) {
    public record Range(double min, double max) { }

    public boolean isAssumption() { return source.startsWith("assumption"); }
}
