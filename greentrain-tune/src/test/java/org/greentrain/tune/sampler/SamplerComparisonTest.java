package org.greentrain.tune.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import org.greentrain.tune.sampler.gp.GpSampler;
import org.junit.jupiter.api.Test;

/** Model-based samplers must beat random search on Branin in the median over 10 seeds, with 30 trials each. */
class SamplerComparisonTest {

    private static double[] bests(java.util.function.LongFunction<Sampler> make) {
        double[] out = new double[10];
        for (int seed = 0; seed < 10; seed++) {
            out[seed] = Benchmarks.best(Benchmarks.BRANIN_SPACE, make.apply(seed),
                    t -> Benchmarks.branin(t.getDouble("x1"), t.getDouble("x2")), 30);
        }
        return out;
    }

    @Test
    void gpAndTpeBeatRandomOnBranin() {
        double random = Benchmarks.median(bests(RandomSampler::new));
        double gp = Benchmarks.median(bests(GpSampler::new));
        double tpe = Benchmarks.median(bests(seed -> new TpeSampler(seed)));
        System.out.printf("Branin median best of 10 seeds, 30 trials: random %.4f, gp %.4f, tpe %.4f%n", random, gp,
                tpe);
        assertThat(gp).isLessThan(random);
        assertThat(tpe).isLessThan(random);
        assertThat(gp).isLessThan(Benchmarks.BRANIN_MIN + 0.1);
    }
}
