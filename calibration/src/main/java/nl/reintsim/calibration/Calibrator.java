package nl.reintsim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Minimises a distance over the free parameters with CMA-ES (Apache Commons Math), in the unit cube of
 * {@link FreeParameter}. The objective is expected to use common random numbers, so that it is a smooth,
 * deterministic function of the parameters: then "best so far" is meaningful and a fit is reproducible.
 * The start is always evaluated first; the result is the best candidate evaluated, never an extrapolation.
 */
public final class Calibrator {
    /** The weighted distance of the model to the targets at the given values (in the order of the free parameters). */
    @FunctionalInterface
    public interface Objective {
        double distance(double[] values);
    }

    /** Told after every evaluation of the objective. */
    @FunctionalInterface
    public interface Progress {
        void evaluated(Evaluation evaluation, int budget, Evaluation best);

        Progress NONE = (evaluation, budget, best) -> { };
    }

    /**
     * @param evaluations    budget of objective evaluations, including the start
     * @param sigma          initial step of CMA-ES, as a share of each parameter's search interval
     * @param populationSize candidates per generation; 0 for CMA-ES's default, 4 + 3 ln(dimensions)
     * @param seed           seed of the optimizer's own random numbers (not the model's)
     */
    public record Settings(int evaluations, double sigma, int populationSize, long seed) {
        public Settings {
            if (evaluations < 2) throw new IllegalArgumentException("evaluations must be at least 2, was " + evaluations);
            if (!(sigma > 0 && sigma <= 1)) throw new IllegalArgumentException("sigma must be in (0, 1], was " + sigma);
            if (populationSize != 0 && populationSize < 2) throw new IllegalArgumentException("population must be 0 or at least 2");
        }
    }

    public record Evaluation(int index, double[] values, double distance) { }

    public record Result(Evaluation start, Evaluation best, List<Evaluation> trace, String stopReason) { }

    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;
        BudgetSpent() { super(null, null, false, false); }
    }

    private Calibrator() { }

    public static Result fit(List<FreeParameter> free, double[] start, Objective objective, Settings settings, Progress progress) {
        int n = free.size();
        if (n == 0) throw new IllegalArgumentException("no free parameters to fit");
        List<Evaluation> trace = new ArrayList<>();
        Map<List<Double>, Double> seen = new HashMap<>();
        Evaluation[] best = new Evaluation[1];

        java.util.function.Function<double[], Double> evaluate = values -> {
            List<Double> key = Arrays.stream(values).boxed().toList();
            Double known = seen.get(key);
            if (known != null) return known;      // rounding can map different candidates to the same values
            if (trace.size() >= settings.evaluations()) throw new BudgetSpent();
            double distance = objective.distance(values);
            if (Double.isNaN(distance)) distance = Double.MAX_VALUE;
            Evaluation e = new Evaluation(trace.size(), values.clone(), distance);
            trace.add(e);
            seen.put(key, distance);
            if (best[0] == null || distance < best[0].distance()) best[0] = e;
            progress.evaluated(e, settings.evaluations(), best[0]);
            return distance;
        };

        double[] startValues = new double[n];
        double[] guess = new double[n];
        for (int i = 0; i < n; i++) {
            guess[i] = free.get(i).toUnit(start[i]);
            startValues[i] = FreeParameter.round(start[i]);
        }
        evaluate.apply(startValues);

        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] sigma = new double[n];
        Arrays.fill(upper, 1);
        Arrays.fill(sigma, settings.sigma());
        int population = settings.populationSize() > 0 ? settings.populationSize() : 4 + (int) (3 * Math.log(n));
        CMAESOptimizer optimizer = new CMAESOptimizer(settings.evaluations(), 0, true, 0, 0,
                new MersenneTwister(settings.seed()), false, new SimpleValueChecker(1e-9, 1e-9));
        String stopReason;
        try {
            optimizer.optimize(new MaxEval(Integer.MAX_VALUE), GoalType.MINIMIZE, new InitialGuess(guess),
                    new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population),
                    new ObjectiveFunction(u -> {
                        double[] values = new double[n];
                        for (int i = 0; i < n; i++) values[i] = free.get(i).fromUnit(u[i]);
                        return evaluate.apply(values);
                    }));
            stopReason = "converged";
        } catch (BudgetSpent | TooManyEvaluationsException e) {
            stopReason = "evaluation budget spent";
        }
        return new Result(trace.get(0), best[0], List.copyOf(trace), stopReason);
    }
}
