package nl.reintsim.output.cost;

import nl.reintsim.simulation.parameters.CostParameters;

/**
 * The costs of one replication in base-year prices, undiscounted: {@code byPayer[year][payer][category]}
 * and the municipal part per municipality, the pooled regional places last: {@code municipal[year][m][category]}. Totals over
 * all payers let transfers cancel; discounting happens only in {@link #netPresentValue}.
 *
 * @param firstYear calendar year of measured year 0
 * @param releases  releases during the measurement period
 */
public record CostAccount(int firstYear, double[][][] byPayer, double[][][] municipal, int[] sizeClassOf, long releases,
                          CostParameters parameters) {

    public int years() { return byPayer.length; }

    public double amount(int year, Payer payer, CostCategory category) {
        return byPayer[year][payer.ordinal()][category.ordinal()];
    }

    /** A size class's municipal costs (by ordinal), or the pooled regional places' ({@link CostLedger#REGIONAL}). */
    public double municipalAmount(int year, int sizeClassOrRegional, CostCategory category) {
        if (sizeClassOrRegional == CostLedger.REGIONAL) return municipal[year][sizeClassOf.length][category.ordinal()];
        double sum = 0;
        for (int m = 0; m < sizeClassOf.length; m++) {
            if (sizeClassOf[m] == sizeClassOrRegional) sum += municipal[year][m][category.ordinal()];
        }
        return sum;
    }

    /** One municipality's costs of a category over all measured years. */
    public double municipalityTotal(int municipality, CostCategory category) {
        double sum = 0;
        for (int y = 0; y < years(); y++) sum += municipal[y][municipality][category.ordinal()];
        return sum;
    }

    /** Sum over the years of the payer's costs, all categories; {@code null} for all payers (society). */
    public double total(Payer payer) {
        double sum = 0;
        for (int y = 0; y < years(); y++) sum += yearTotal(y, payer);
        return sum;
    }

    /** One year's costs of a payer, or of all payers together ({@code null}). */
    public double yearTotal(int year, Payer payer) {
        double sum = 0;
        for (Payer p : Payer.values()) {
            if (payer != null && p != payer) continue;
            for (CostCategory c : CostCategory.values()) sum += byPayer[year][p.ordinal()][c.ordinal()];
        }
        return sum;
    }

    /** Costs of a payer ({@code null}: society) discounted to the first measured year at the parameter file's rate. */
    public double netPresentValue(Payer payer) {
        double sum = 0;
        for (int y = 0; y < years(); y++) sum += yearTotal(y, payer) / Math.pow(1 + parameters.discountRate(), y);
        return sum;
    }

    /** The same, for a set of categories over all payers. */
    public double netPresentValue(java.util.Set<CostCategory> categories) {
        double sum = 0;
        for (int y = 0; y < years(); y++) {
            double year = 0;
            for (Payer p : Payer.values()) for (CostCategory c : categories) year += byPayer[y][p.ordinal()][c.ordinal()];
            sum += year / Math.pow(1 + parameters.discountRate(), y);
        }
        return sum;
    }

    /** Reintegration activities per release, in 2016 prices: the figure SEOR estimated at €2,200–5,300 [SEOR]. */
    public double reintegrationCostPerRelease2016() {
        if (releases == 0) return Double.NaN;
        double sum = 0;
        for (int y = 0; y < years(); y++) {
            for (Payer p : Payer.values()) {
                for (CostCategory c : CostCategory.values()) if (c.isReintegration()) sum += byPayer[y][p.ordinal()][c.ordinal()];
            }
        }
        return parameters.toPricesOf(2016, sum / releases);
    }
}
