package org.greentrain.tune.sampler.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.QmcSampler;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.sampler.SamplingContext;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.Trial;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

class GpSamplerTest {

    private static double bestOf(Study s) {
        return s.bestTrial().map(FrozenTrial::value).orElseThrow();
    }

    @Test
    void aSpaceBeyondSobolsTwentyDimensionsStartsOnHaltonAndASobolSamplerIsRefusedBeforeAnythingIsWritten() {
        SearchSpace wide = SearchSpace.parse(String.join(",", java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> "p" + i + "=0..1").toList()));
        Study s = Study.create(new InMemoryStorage(), "wide", wide, Goal.single(Direction.MINIMIZE),
                new GpSampler(2), Pruner.none());
        Params first = s.ask().params();
        Params second = s.ask().params();
        assertThat(first.asMap()).hasSize(21);
        assertThat(first).isNotEqualTo(second);
        InMemoryStorage storage = new InMemoryStorage();
        assertThatThrownBy(() -> Study.create(storage, "wide", wide, Goal.single(Direction.MINIMIZE),
                new QmcSampler(QmcSampler.Kind.SOBOL, true, 2), Pruner.none()))
                .hasMessageContaining("supports up to 20 parameters, the space has 21");
        assertThat(storage.studies()).isEmpty();
    }

    @Test
    void findsTheMinimumOfAQuadraticWithin15TrialsForMostSeeds() {
        SearchSpace space = SearchSpace.parse("x=-5..5");
        int found = 0;
        for (int seed = 0; seed < 10; seed++) {
            Study s = Study.create(new InMemoryStorage(), "q", space, Goal.single(Direction.MINIMIZE),
                    new GpSampler(seed).withStartupTrials(3), Pruner.none());
            s.optimize(Objective.scalar(t -> Math.pow(t.getDouble("x") - 1.234, 2)), OptimizeOptions.trials(15));
            if (bestOf(s) < 1e-2) {
                found++;
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(8);
    }

    @Test
    void everyAcquisitionMakesProgressOnAQuadratic() {
        SearchSpace space = SearchSpace.parse("x=-5..5,y=-5..5");
        for (Acquisition a : List.of(new Acquisition.ExpectedImprovement(), new Acquisition.LogExpectedImprovement(),
                new Acquisition.ProbabilityOfImprovement(1e-9), new Acquisition.UpperConfidenceBound(2))) {
            Study s = Study.create(new InMemoryStorage(), "q", space, Goal.single(Direction.MAXIMIZE),
                    new GpSampler(1).withAcquisition(a), Pruner.none());
            s.optimize(Objective.scalar(t -> -Math.pow(t.getDouble("x") - 1, 2) - Math.pow(t.getDouble("y"), 2)),
                    OptimizeOptions.trials(20));
            assertThat(bestOf(s)).as(a.describe()).isGreaterThan(-0.5);
        }
    }

    @Test
    void sameSeedAndHistoryGiveTheSameSuggestion() {
        SearchSpace space = SearchSpace.parse("x=-5..5,n=1..8:int,c=a|b|c,lr=1e-4..1:log");
        Study s = Study.create(new InMemoryStorage(), "d", space, Goal.single(Direction.MINIMIZE),
                new RandomSampler(3), Pruner.none());
        for (int i = 0; i < 12; i++) {
            Trial t = s.ask();
            s.tell(t.number(), t.getDouble("x") * t.getDouble("x") + t.getInt("n"));
        }
        GpSampler gp = new GpSampler(11);
        SamplingContext ctx = new SamplingContext(space, s.goals(), s.trials(), 12);
        Params a = gp.sample(ctx);
        Params b = new GpSampler(11).sample(ctx);
        assertThat(a).isEqualTo(b);
        space.validate(a);
    }

    @Test
    void aRunningTrialWithItsLieMovesTheNextSuggestionAway() {
        SearchSpace space = SearchSpace.parse("x=0..1");
        InMemoryStorage storage = new InMemoryStorage();
        Study s = parabolaAfterEightRandomTrials(storage, "cl");
        GpSampler gp = new GpSampler(4);
        int next = storage.createTrial(s.id(), Instant.now(), null);
        Params alone = gp.sample(new SamplingContext(space, s.goals(), s.trials(), next));
        int concurrent = storage.createTrial(s.id(), Instant.now(), null);
        storage.setParams(s.id(), concurrent, alone);
        Params withLie = gp.sample(new SamplingContext(space, s.goals(), s.trials(), next));
        assertThat(Math.abs(withLie.getDouble("x") - alone.getDouble("x"))).isGreaterThan(0.02);
    }

    @Test
    void aTrialAskedAtTheSameMomentInAnotherProcessIsGuessedAndAvoided() {
        InMemoryStorage storage = new InMemoryStorage();
        Study s = parabolaAfterEightRandomTrials(storage, "pending");
        GpSampler gp = new GpSampler(4);
        int first = storage.createTrial(s.id(), Instant.now(), null);
        int second = storage.createTrial(s.id(), Instant.now(), null);
        SamplingContext bothPending = new SamplingContext(s.space(), s.goals(), s.trials(), second);
        Params firstWillGet = gp.sample(bothPending.forTrial(first));
        Params secondGets = gp.sample(bothPending);
        assertThat(Math.abs(secondGets.getDouble("x") - firstWillGet.getDouble("x"))).isGreaterThan(0.02);
    }

    /** A study of (x - 0.5)^2 on x in [0, 1] with 8 COMPLETE random trials. */
    private static Study parabolaAfterEightRandomTrials(InMemoryStorage storage, String name) {
        Study s = Study.create(storage, name, SearchSpace.parse("x=0..1"), Goal.single(Direction.MINIMIZE),
                new RandomSampler(8), Pruner.none());
        for (int i = 0; i < 8; i++) {
            Trial t = s.ask();
            s.tell(t.number(), Math.pow(t.getDouble("x") - 0.5, 2));
        }
        return s;
    }

    @Test
    void aPrunedSuggestionIsNotSuggestedAgain() {
        SearchSpace space = SearchSpace.parse("x=0..1");
        InMemoryStorage storage = new InMemoryStorage();
        Study s = parabolaAfterEightRandomTrials(storage, "pr");
        GpSampler gp = new GpSampler(4);
        int first = storage.createTrial(s.id(), Instant.now(), null);
        Params suggested = gp.sample(new SamplingContext(space, s.goals(), s.trials(), first));
        storage.setParams(s.id(), first, suggested);
        storage.finishTrial(s.id(), first, TrialState.PRUNED, new double[0], null, Map.of(), Instant.now());
        int next = storage.createTrial(s.id(), Instant.now(), null);

        Params after = gp.sample(new SamplingContext(space, s.goals(), s.trials(), next));

        assertThat(Math.abs(after.getDouble("x") - suggested.getDouble("x"))).isGreaterThan(0.02);
    }

    private static double energyAfterStartup(boolean costAware, long seed) {
        SearchSpace space = SearchSpace.parse("x=0..1");
        Study s = Study.create(new InMemoryStorage(), "cost", space, Goal.single(Direction.MINIMIZE),
                new GpSampler(seed).withStartupTrials(6).withCostAware(costAware).withAcquisition(
                        new Acquisition.ExpectedImprovement()), Pruner.none());
        for (int i = 0; i < 25; i++) {
            Trial t = s.ask();
            double x = t.getDouble("x");
            s.tell(t.number(), new double[] {0.2 * Math.cos(9 * x)}, TrialEnergy.reported(10 + 1000 * x * x, "test",
                    1));
        }
        return s.trials().stream().skip(6).mapToDouble(t -> t.energy().joules()).sum();
    }

    @Test
    void costAwareModeSpendsLessEnergyPerTrial() {
        int cheaper = 0;
        for (long seed = 0; seed < 5; seed++) {
            if (energyAfterStartup(true, seed) < energyAfterStartup(false, seed)) {
                cheaper++;
            }
        }
        assertThat(cheaper).isGreaterThanOrEqualTo(4);
    }

    @Test
    void costAwareModeRefusesMultiObjectiveStudies() {
        SearchSpace space = SearchSpace.parse("x=0..1");
        Study s = Study.create(new InMemoryStorage(), "mo", space, Goal.parseAll("acc:max,energy:min"),
                new GpSampler(1).withCostAware(true), Pruner.none());
        assertThatThrownBy(s::ask).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use plain gp (or nsga2)");
        assertThat(s.trials()).isEmpty();
    }
}
