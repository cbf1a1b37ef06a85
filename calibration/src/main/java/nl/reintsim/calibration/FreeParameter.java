package nl.reintsim.calibration;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A parameter calibration may move: a value marked {@code fit: {min, max}} in the parameter file.
 * The optimizer searches a unit interval per parameter, so that parameters in days and in probabilities
 * get comparable steps; positive bounds are searched on a log scale, because a mean wait of 500 or 8,000
 * days is a question of factor, not of difference. Values are rounded to {@link #SIGNIFICANT_DIGITS}
 * significant digits before anything is evaluated, so the file written is exactly what was evaluated.
 *
 * @param path      the quantity's path in the parameter file, e.g. {@code conditions.meanDaysToHousing}
 * @param valuePath the dotted path of the number itself ({@code path.value}, or {@code path} for a size class)
 * @param start     the value in the file the fit starts from
 */
public record FreeParameter(String path, String valuePath, double min, double max, double start) {
    static final int SIGNIFICANT_DIGITS = 4;

    public FreeParameter {
        if (!(min < max)) throw new IllegalArgumentException(path + ": fit bounds need min < max, found " + min + " and " + max);
    }

    boolean logScale() { return min > 0; }

    /** Position of a value in the search interval [0, 1]. */
    double toUnit(double value) {
        double u = logScale() ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
        return Math.min(1, Math.max(0, u));
    }

    /** The value at a position of the search interval, rounded and kept within the bounds. */
    double fromUnit(double unit) {
        double u = Math.min(1, Math.max(0, unit));
        double value = logScale() ? min * Math.pow(max / min, u) : min + u * (max - min);
        return Math.min(max, Math.max(min, round(value)));
    }

    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) return value;
        return new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS)).doubleValue();
    }

    /** The number as written in a YAML file: plain, no exponent, no trailing zeros. */
    static String yaml(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
