package org.greentrain.tune.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.gp.GpSampler;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialEnergy;
import org.junit.jupiter.api.Test;

class SamplersTest {

    private static final SearchSpace MIXED = SearchSpace.parse(
            "x=-3..3,lr=1e-5..1e-1:log,n=1..6:int,u=8..512:int:log,opt=adam|sgd|rms,m[opt=sgd]=0..0.99");

    private static Study run(Sampler sampler, int trials) {
        Study s = Study.create(new InMemoryStorage(), "t", MIXED, Goal.single(Direction.MINIMIZE), sampler,
                Pruner.none());
        s.optimize(Objective.scalar(t -> t.getDouble("x") * t.getDouble("x") + Math.log10(t.getDouble("lr"))
                + t.getInt("n") + (t.has("m") ? t.getDouble("m") : 0)), OptimizeOptions.trials(trials));
        return s;
    }

    @Test
    void everySamplerRespectsBoundsTypesAndConditions() {
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(11);
        for (int c = 0; c < 6; c++) {
            everySamplerRespectsBoundsTypesAndConditions(seeds.nextInt(1000));
        }
    }

    private static void everySamplerRespectsBoundsTypesAndConditions(int seed) {
        for (Sampler sampler : List.of(new RandomSampler(seed), new TpeSampler(seed).withStartupTrials(5),
                new TpeSampler(seed).withStartupTrials(5).withMultivariate(true), new GpSampler(seed),
                new QmcSampler(QmcSampler.Kind.SOBOL, true, seed), new QmcSampler(QmcSampler.Kind.HALTON, true, seed),
                new Nsga2Sampler(seed, 6, 0.9, Double.NaN), new GridSampler(seed))) {
            Study s = run(sampler, 20);
            for (FrozenTrial t : s.trials()) {
                assertThat(t.state()).as(sampler.describe() + " " + t.failReason()).isNotEqualTo(
                        org.greentrain.tune.study.TrialState.FAIL);
                MIXED.validate(t.params());
            }
        }
    }

    @Test
    void tpeDefinitionsFollowOptuna() {
        assertThat(TpeSampler.gamma(10)).isEqualTo(1);
        assertThat(TpeSampler.gamma(11)).isEqualTo(2);
        assertThat(TpeSampler.gamma(1000)).isEqualTo(25);
        assertThat(TpeSampler.weights(3)).containsExactly(1, 1, 1);
        double[] w = TpeSampler.weights(30);
        assertThat(w[0]).isEqualTo(1.0 / 30);
        assertThat(w[4]).isEqualTo(1.0);
        assertThat(w[29]).isEqualTo(1.0);
        assertThat(w[2]).isBetween(w[1], w[3]);
    }

    @Test
    void samplersAreDeterministicForASeedAndHistory() {
        for (int k = 0; k < 4; k++) {
            final int kind = k;
            java.util.function.Supplier<Sampler> make = () -> kind == 0 ? new TpeSampler(9).withStartupTrials(4)
                    : kind == 1 ? new Nsga2Sampler(9, 4, 0.9, Double.NaN)
                    : kind == 2 ? new QmcSampler(QmcSampler.Kind.HALTON, true, 9) : new RandomSampler(9);
            List<Params> a = run(make.get(), 15).trials().stream().map(FrozenTrial::params).toList();
            List<Params> b = run(make.get(), 15).trials().stream().map(FrozenTrial::params).toList();
            assertThat(a).isEqualTo(b);
        }
    }

    @Test
    void sobolFirstPointsFormANetAndEveryDimensionIsStratified() {
        QmcSampler sobol = new QmcSampler(QmcSampler.Kind.SOBOL, false, 0);
        assertThat(sobol.point(0, 2)).containsExactly(0, 0);
        assertThat(sobol.point(1, 2)).containsExactly(0.5, 0.5);
        // 2-D: the first 16 points put exactly one point in every 4x4 box (a (0,4,2)-net)
        Set<Integer> boxes = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            double[] p = sobol.point(i, 2);
            boxes.add((int) (p[0] * 4) * 4 + (int) (p[1] * 4));
        }
        assertThat(boxes).hasSize(16);
        int dims = QmcSampler.SOBOL_MAX_DIMENSIONS;
        assertThat(dims).isGreaterThanOrEqualTo(10);
        for (QmcSampler s : List.of(sobol, new QmcSampler(QmcSampler.Kind.SOBOL, true, 5))) {
            for (int j = 0; j < dims; j++) {
                Set<Integer> cells = new HashSet<>();
                for (int i = 0; i < 64; i++) {
                    cells.add((int) (s.point(i, dims)[j] * 64));
                }
                assertThat(cells).as("dimension %d", j).hasSize(64);
            }
        }
        assertThatThrownBy(() -> sobol.point(0, dims + 1)).hasMessageContaining("use halton");
    }

    @Test
    void haltonPointsAreRadicalInverses() {
        QmcSampler halton = new QmcSampler(QmcSampler.Kind.HALTON, false, 0);
        assertThat(halton.point(0, 2)).containsExactly(0.5, 1.0 / 3);
        assertThat(halton.point(1, 2)[0]).isEqualTo(0.25);
        assertThat(halton.point(2, 2)[1]).isEqualTo(1.0 / 9);
        QmcSampler scrambled = new QmcSampler(QmcSampler.Kind.HALTON, true, 3);
        Set<Integer> cells = new HashSet<>();
        for (int i = 0; i < 26; i++) {
            cells.add((int) Math.round(scrambled.point(i, 3)[1] * 27));
        }
        assertThat(cells).hasSize(26).doesNotContain(0);
        assertThat(scrambled.point(0, 3)[1]).isNotEqualTo(1.0 / 3);
    }

    @Test
    void nsga2ImprovesTheHypervolumeOfATwoObjectiveProblemOverRandom() {
        SearchSpace space = SearchSpace.parse("x=0..1,y1=0..1,y2=0..1,y3=0..1,y4=0..1");
        double nsga = 0;
        double random = 0;
        for (int seed = 0; seed < 3; seed++) {
            nsga += zdt1(space, new Nsga2Sampler(seed, 10, 0.9, Double.NaN));
            random += zdt1(space, new RandomSampler(seed));
        }
        assertThat(nsga).isGreaterThan(random);
    }

    private static double zdt1(SearchSpace space, Sampler sampler) {
        Study s = Study.create(new InMemoryStorage(), "z", space, Goal.parseAll("f1:min,energy:min"), sampler,
                Pruner.none());
        s.optimize(t -> {
            double x = t.getDouble("x");
            double g = 1 + 9 * (t.getDouble("y1") + t.getDouble("y2") + t.getDouble("y3") + t.getDouble("y4")) / 4;
            t.setEnergy(TrialEnergy.reported(g * (1 - Math.sqrt(x / g)), "test", 0));
            return new double[] {x};
        }, OptimizeOptions.trials(150));
        return s.hypervolume(new double[] {1.1, 11});
    }
}
