package nl.reintsim.output.kpi;

/**
 * A ratio per measured month: "how many of how many" for shares (people of a release month lacking a
 * condition), or "days waited over people taken on" for mean waits. Months without observations are NaN.
 */
final class MonthlyRatio {
    private final double[] numerators;
    private final long[] denominators;

    MonthlyRatio(int months) {
        numerators = new double[months];
        denominators = new long[months];
    }

    void count(int month, boolean hit) { add(month, hit ? 1 : 0); }

    void add(int month, double amount) {
        numerators[month] += amount;
        denominators[month]++;
    }

    double[] ratios() {
        double[] r = new double[numerators.length];
        for (int m = 0; m < r.length; m++) r[m] = denominators[m] == 0 ? Double.NaN : numerators[m] / denominators[m];
        return r;
    }
}
