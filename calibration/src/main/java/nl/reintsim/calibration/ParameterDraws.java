package nl.reintsim.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.parameters.ModelParameters;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.parameters.Unit;
import nl.reintsim.simulation.random.SplitMix64;

/**
 * Parameter sets drawn by Latin hypercube sampling over what we do not know: every value with a plausible
 * {@code range} that is not fitted, uniformly within that range. Each range is cut into as many equal strata
 * as there are draws and every stratum is used once, so few draws already cover every range evenly.
 *
 * <p>Left fixed, and why: fitted values (the targets pin them down; their remaining uncertainty would need
 * a posterior, which a single fit does not give), shares (they come in groups that must sum to one), values
 * per size class (one range covers five classes whose order is the assumption), and engine settings.
 */
public final class ParameterDraws {
    /** Seed offset, so that the draws never share numbers with the replications of the same master seed. */
    private static final long STREAM = 0x756E6365727461L;   // "uncerta"

    private final ParameterFile file;
    private final List<Quantity> uncertain;
    private final List<String> valuePaths;
    private final double[][] values;

    public ParameterDraws(ParameterFile file, int draws, long seed) {
        if (draws < 2) throw new IllegalArgumentException("at least 2 draws are needed, was " + draws);
        this.file = file;
        List<Quantity> list = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Quantity q : file.nominal().quantities()) {
            if (!isUncertain(file, q)) continue;
            list.add(q);
            paths.add(file.valuePath(q));
        }
        this.uncertain = List.copyOf(list);
        this.valuePaths = List.copyOf(paths);
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed ^ STREAM));
        values = new double[draws][uncertain.size()];
        for (int j = 0; j < uncertain.size(); j++) {
            Quantity.Range range = uncertain.get(j).range();
            int[] strata = permutation(draws, random);
            for (int d = 0; d < draws; d++) {
                double u = (strata[d] + random.nextDouble()) / draws;
                values[d][j] = FreeParameter.round(range.min() + u * (range.max() - range.min()));
            }
        }
    }

    static boolean isUncertain(ParameterFile file, Quantity q) {
        return q.range() != null && q.fit() == null && q.unit() != Unit.SHARE && !q.path().startsWith("engine.")
                && !file.valuePath(q).equals(q.path()) && q.range().min() < q.range().max();
    }

    private static int[] permutation(int n, SplitMix64 random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }

    public int size() { return values.length; }

    public List<Quantity> uncertain() { return uncertain; }

    public double value(int draw, int parameter) { return values[draw][parameter]; }

    /** The model parameters of draw {@code draw}: the file's values with the uncertain ones replaced. */
    public ModelParameters parameters(int draw) {
        Map<String, Double> replacements = new LinkedHashMap<>();
        for (int j = 0; j < uncertain.size(); j++) replacements.put(valuePaths.get(j), values[draw][j]);
        return file.parameters(replacements);
    }

    /** One row per draw and parameter: what each draw assumed (parameter-draws.csv). */
    public Table table() {
        Table table = new Table("draw", "parameter", "value", "nominal", "range_min", "range_max");
        for (int d = 0; d < values.length; d++) {
            for (int j = 0; j < uncertain.size(); j++) {
                Quantity q = uncertain.get(j);
                table.add(d, q.path(), values[d][j], q.value(), q.range().min(), q.range().max());
            }
        }
        return table;
    }
}
