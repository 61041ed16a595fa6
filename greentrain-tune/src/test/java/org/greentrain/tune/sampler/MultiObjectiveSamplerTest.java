package org.greentrain.tune.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.gp.GpSampler;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

/** GP-BO and TPE on several objectives through ParEGO scalarisation. */
class MultiObjectiveSamplerTest {

    private static final SearchSpace MIXED = SearchSpace.parse(
            "x=-3..3,lr=1e-5..1e-1:log,n=1..6:int,u=8..512:int:log,opt=adam|sgd|rms,m[opt=sgd]=0..0.99");
    private static final SearchSpace ZDT1_SPACE = SearchSpace.parse("x1=0..1,x2=0..1,x3=0..1");
    private static final List<Goal> TWO_GOALS = Goal.parseAll("loss:min,score:max");

    /** A two-goal study on the mixed space: minimise a bowl, maximise a conflicting function of the same inputs. */
    private static Study runMixed(Sampler sampler, int trials) {
        Study s = Study.create(new InMemoryStorage(), "mo", MIXED, TWO_GOALS, sampler, Pruner.none());
        s.optimize(t -> {
            double x = t.getDouble("x");
            double lr = Math.log10(t.getDouble("lr"));
            double m = t.has("m") ? t.getDouble("m") : 0;
            return new double[] {x * x + lr * lr / 10 + t.getInt("n") + m, x - 0.1 * t.getInt("u") / 512.0};
        }, OptimizeOptions.trials(trials));
        return s;
    }

    @Test
    void suggestionsRespectBoundsTypesAndConditionsWithTwoGoals() {
        SplittableRandom seeds = new SplittableRandom(21);
        for (int c = 0; c < 3; c++) {
            int seed = seeds.nextInt(1000);
            for (Sampler sampler : List.of(new GpSampler(seed), new TpeSampler(seed).withStartupTrials(5),
                    new TpeSampler(seed).withStartupTrials(5).withMultivariate(true))) {
                Study s = runMixed(sampler, 18);
                assertThat(s.trials()).hasSize(18);
                for (FrozenTrial t : s.trials()) {
                    assertThat(t.state()).as(sampler.describe() + " " + t.failReason()).isEqualTo(
                            TrialState.COMPLETE);
                    MIXED.validate(t.params());
                    assertThat(t.params().asMap().get("n")).isInstanceOf(Long.class);
                    assertThat(t.params().asMap().get("u")).isInstanceOf(Long.class);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSuggestions() {
        for (LongFunction<Sampler> make : List.<LongFunction<Sampler>>of(GpSampler::new,
                seed -> new TpeSampler(seed).withStartupTrials(4))) {
            List<Params> a = runMixed(make.apply(5), 14).trials().stream().map(FrozenTrial::params).toList();
            List<Params> b = runMixed(make.apply(5), 14).trials().stream().map(FrozenTrial::params).toList();
            List<Params> other = runMixed(make.apply(6), 14).trials().stream().map(FrozenTrial::params).toList();
            assertThat(a).isEqualTo(b).isNotEqualTo(other);
        }
    }

    @Test
    void weightsDependOnlyOnSeedAndTrialAndLieOnTheSimplex() {
        Study s = runMixed(new RandomSampler(1), 6);
        List<FrozenTrial> done = s.trials();
        for (int trial = 0; trial < 50; trial++) {
            double[] w = ParEgoScalarization.forTrial(3, trial, TWO_GOALS, done).weights();
            assertThat(w).containsExactly(ParEgoScalarization.forTrial(3, trial, TWO_GOALS, done.subList(0, 2))
                    .weights());
            assertThat(w[0]).isBetween(0.0, 1.0);
            assertThat(w[0] + w[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(ParEgoScalarization.forTrial(3, 7, TWO_GOALS, done).weights())
                .isNotEqualTo(ParEgoScalarization.forTrial(4, 7, TWO_GOALS, done).weights());
    }

    @Test
    void scalarisedValuesAreBoundedAndFavourTheDirectionOfEachGoal() {
        Study s = Study.create(new InMemoryStorage(), "dir", SearchSpace.parse("x=0..1"), TWO_GOALS,
                new RandomSampler(0), Pruner.none());
        double[][] values = {{1, 5}, {3, 1}, {2, 3}, {2, 3}};
        for (double[] v : values) {
            s.tell(s.ask().number(), v);
        }
        List<FrozenTrial> done = s.trials();
        for (int trial = 0; trial < 40; trial++) {
            ParEgoScalarization p = ParEgoScalarization.forTrial(11, trial, TWO_GOALS, done);
            double best = p.value(done.get(0));
            double worst = p.value(done.get(1));
            assertThat(best).isEqualTo(0.0);
            assertThat(worst).isGreaterThan(best).isLessThanOrEqualTo(1 + ParEgoScalarization.RHO);
            assertThat(p.value(done.get(2))).isBetween(best, worst).isEqualTo(p.value(done.get(3)));
        }
        assertThatThrownBy(() -> ParEgoScalarization.forTrial(1, 0, TWO_GOALS, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one finished trial");
    }

    /** ZDT1 in 3 dimensions (both goals minimised; f2 is at most 10), reported as f1 and the trial's energy. */
    private static double zdt1Hypervolume(Sampler sampler, int trials) {
        Study s = Study.create(new InMemoryStorage(), "zdt1", ZDT1_SPACE, Goal.parseAll("f1:min,energy:min"),
                sampler, Pruner.none());
        s.optimize(t -> {
            double f1 = t.getDouble("x1");
            double g = 1 + 9 * (t.getDouble("x2") + t.getDouble("x3")) / 2;
            t.setEnergy(TrialEnergy.reported(g * (1 - Math.sqrt(f1 / g)), "zdt1", 0));
            return new double[] {f1};
        }, OptimizeOptions.trials(trials));
        return s.hypervolume(new double[] {1.1, 11});
    }

    private static double medianHypervolume(LongFunction<Sampler> make) {
        double[] hv = new double[10];
        for (int seed = 0; seed < hv.length; seed++) {
            hv[seed] = zdt1Hypervolume(make.apply(seed), 30);
        }
        return Benchmarks.median(hv);
    }

    @Test
    void boAndTpeBeatRandomOnZdt1HypervolumeAfter30Trials() {
        double random = medianHypervolume(RandomSampler::new);
        double bo = medianHypervolume(GpSampler::new);
        double tpe = medianHypervolume(seed -> new TpeSampler(seed));
        System.out.printf("ZDT1 (3-D) median hypervolume of 10 seeds, 30 trials, reference (1.1, 11): random %.4f, "
                + "bo %.4f, tpe %.4f%n", random, bo, tpe);
        assertThat(bo).isGreaterThan(random);
        assertThat(tpe).isGreaterThan(random);
    }

    @Test
    void accuracyAgainstEnergyRunsEndToEndWithBo() {
        Study s = Study.create(new InMemoryStorage(), "acc-energy", SearchSpace.parse("width=0..1,lr=1e-4..1:log"),
                Goal.parseAll("accuracy:maximize,energy:minimize"), new GpSampler(2), Pruner.none());
        s.optimize(t -> {
            double width = t.getDouble("width");
            double lr = Math.log10(t.getDouble("lr"));
            t.setEnergy(TrialEnergy.reported(5 + 100 * width * width, "model", 0.5));
            return new double[] {0.5 + 0.45 * Math.sqrt(width) - 0.02 * (lr + 2) * (lr + 2)};
        }, OptimizeOptions.trials(20));
        List<FrozenTrial> trials = s.trials();
        assertThat(trials).hasSize(20).allSatisfy(t -> assertThat(t.state()).isEqualTo(TrialState.COMPLETE));
        assertThat(trials).allSatisfy(t -> assertThat(t.value(1)).isEqualTo(t.energy().joules()));
        List<FrozenTrial> front = s.bestTrials();
        assertThat(front.size()).isGreaterThanOrEqualTo(3);
        assertThat(front.stream().mapToDouble(t -> t.value(0)).max().orElseThrow()).isGreaterThan(0.9);
        assertThat(front.stream().mapToDouble(t -> t.value(1)).min().orElseThrow()).isLessThan(10);
        assertThat(s.hypervolume()).isPositive();
    }
}
