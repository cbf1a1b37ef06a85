package nl.reintsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.reintsim.output.kpi.Kpi;
import org.junit.jupiter.api.Test;

/**
 * The optimizer on a small synthetic model whose true parameters are known: a population of people, each with an
 * event of chance p, a wait drawn from an exponential distribution with mean m days, and a second event of chance q
 * among those with the first. The model draws its people from one fixed seed for every candidate (common random
 * numbers), as the real objective does.
 */
class CalibratorTest {
    private static final int PEOPLE = 20_000;
    private static final double TRUE_P = 0.30;
    private static final double TRUE_MEAN_WAIT = 120;
    private static final double TRUE_Q = 0.50;
    private static final List<FreeParameter> FREE = List.of(
            new FreeParameter("p", "p.value", 0.05, 0.6, 0.1),
            new FreeParameter("meanWait", "meanWait.value", 20, 400, 300),
            new FreeParameter("q", "q.value", 0.1, 0.9, 0.8));
    private static final double[] START = {0.1, 300, 0.8};

    /** Shares of people with the first event, a wait under 90 days, and both events. */
    private static double[] simulate(double[] theta) {
        SplittableRandom random = new SplittableRandom(42);
        int first = 0, shortWait = 0, both = 0;
        for (int i = 0; i < PEOPLE; i++) {
            double u1 = random.nextDouble(), u2 = random.nextDouble(), u3 = random.nextDouble();
            boolean event = u1 < theta[0];
            if (event) first++;
            if (-theta[1] * Math.log(1 - u2) < 90) shortWait++;
            if (event && u3 < theta[2]) both++;
        }
        return new double[] {first / (double) PEOPLE, shortWait / (double) PEOPLE, both / (double) PEOPLE};
    }

    /** Targets at the true parameters' expected values, as published figures would be. */
    private static final List<Target> TARGETS = List.of(
            new Target(Kpi.RECIDIVISM_2Y, TRUE_P, 0.01, 1, "synthetic", "true value"),
            new Target(Kpi.NO_ADDRESS_AFTER_RELEASE, 1 - Math.exp(-90 / TRUE_MEAN_WAIT), 0.01, 1, "synthetic", "true value"),
            new Target(Kpi.REDETENTION_2Y, TRUE_P * TRUE_Q, 0.01, 1, "synthetic", "true value"));

    private static double distance(double[] theta) {
        double[] simulated = simulate(theta);
        double sum = 0;
        for (int k = 0; k < TARGETS.size(); k++) sum += TARGETS.get(k).distance(simulated[k]);
        return sum;
    }

    private static Calibrator.Result fit(long seed, List<double[]> evaluated) {
        return Calibrator.fit(FREE, START, theta -> {
            evaluated.add(theta.clone());
            return distance(theta);
        }, new Calibrator.Settings(400, 0.3, 0, seed), Calibrator.Progress.NONE);
    }

    @Test void recoversTheTrueParametersOfASyntheticModelFromAFarStart() {
        Calibrator.Result result = fit(7, new ArrayList<>());
        double[] best = result.best().values();
        assertEquals(TRUE_P, best[0], 0.015, "p");
        assertEquals(TRUE_MEAN_WAIT, best[1], 0.08 * TRUE_MEAN_WAIT, "mean wait");
        assertEquals(TRUE_Q, best[2], 0.05, "q");
        assertTrue(result.best().distance() < 1, "every target within its tolerance: distance " + result.best().distance());
        assertTrue(result.start().distance() > 100 * result.best().distance(), "the start was far off: " + result.start().distance());
    }

    @Test void evaluatesTheStartFirstAndStaysWithinTheFitBounds() {
        List<double[]> evaluated = new ArrayList<>();
        Calibrator.Result result = fit(7, evaluated);
        assertEquals(List.of(0.1, 300.0, 0.8), List.of(evaluated.get(0)[0], evaluated.get(0)[1], evaluated.get(0)[2]));
        for (double[] theta : evaluated) {
            for (int i = 0; i < FREE.size(); i++) {
                assertTrue(FREE.get(i).min() <= theta[i] && theta[i] <= FREE.get(i).max(), FREE.get(i).path() + " = " + theta[i]);
            }
        }
        assertTrue(result.trace().size() <= 400);
    }

    @Test void theSameSeedGivesTheSameFitAndAnotherSeedAnotherPath() {
        Calibrator.Result a = fit(7, new ArrayList<>());
        Calibrator.Result b = fit(7, new ArrayList<>());
        Calibrator.Result c = fit(8, new ArrayList<>());
        assertEquals(a.trace().size(), b.trace().size());
        for (int i = 0; i < a.trace().size(); i++) {
            assertTrue(java.util.Arrays.equals(a.trace().get(i).values(), b.trace().get(i).values()), "evaluation " + i);
        }
        assertTrue(!java.util.Arrays.equals(a.trace().get(1).values(), c.trace().get(1).values()));
    }

    @Test void fittedValuesHaveFourSignificantDigitsAndLogScaleForPositiveBounds() {
        FreeParameter wait = FREE.get(1);
        assertEquals(20, wait.fromUnit(0), 0);
        assertEquals(400, wait.fromUnit(1), 0);
        assertEquals(89.44, wait.fromUnit(0.5), 0);          // geometric middle of 20 and 400: 89.4427…
        assertEquals("89.44", FreeParameter.yaml(wait.fromUnit(0.5)));
        FreeParameter signed = new FreeParameter("x", "x", -1, 1, 0);
        assertEquals(0, signed.fromUnit(0.5), 0);
    }
}
