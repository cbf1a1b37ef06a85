package nl.reintsim.output.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
    @Test void whenDrawsDifferOnlyByChanceNearlyNoVarianceIsAttributedToParameters() {
        SplittableRandom random = new SplittableRandom(1);
        double[][] values = new double[300][4];
        for (double[] draw : values) for (int r = 0; r < draw.length; r++) draw[r] = 10 + random.nextGaussian();
        Uncertainty.Decomposition d = Uncertainty.decompose(values);
        assertEquals(0, d.shareParameters(), 0.05);
        assertEquals(1, d.sdChance(), 0.05);
    }

    @Test void withoutChanceAllVarianceIsParametersAndTheIntervalSpansTheDrawMeans() {
        double[][] values = new double[101][];
        for (int d = 0; d < values.length; d++) values[d] = new double[] {d, d};
        Uncertainty.Decomposition d = Uncertainty.decompose(values);
        assertEquals(1, d.shareParameters(), 1e-12);
        assertEquals(0, d.sdChance(), 1e-12);
        assertEquals(50, d.mean(), 1e-9);
        assertEquals(2.5, d.low(), 1e-9);
        assertEquals(97.5, d.high(), 1e-9);
    }

    @Test void aKnownMixtureOfParameterAndChanceVarianceIsRecovered() {
        SplittableRandom random = new SplittableRandom(2);
        double[][] values = new double[400][5];
        for (double[] draw : values) {
            double effect = 2 * random.nextGaussian();
            for (int r = 0; r < draw.length; r++) draw[r] = effect + random.nextGaussian();
        }
        Uncertainty.Decomposition d = Uncertainty.decompose(values);
        assertEquals(2, d.sdParameters(), 0.2);
        assertEquals(1, d.sdChance(), 0.05);
        assertEquals(0.8, d.shareParameters(), 0.04);   // 4 / (4 + 1)
    }
}
