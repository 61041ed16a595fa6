package org.greentrain.tune.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.tune.pruner.MedianPruner;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.GridSampler;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.sampler.TpeSampler;
import org.greentrain.tune.sampler.gp.GpSampler;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.storage.Storage;
import org.junit.jupiter.api.Test;

class StudyTest {

    private static final SearchSpace SPACE = SearchSpace.parse("x=-1..1,opt=adam|sgd");

    private static Study study(Storage storage, String goals) {
        return Study.create(storage, "s", SPACE, Goal.parseAll(goals), new RandomSampler(1), Pruner.none());
    }

    @Test
    void askAndTellRecordValuesStatesAndTheBestTrial() {
        Study s = study(new InMemoryStorage(), "loss:min");
        Trial a = s.ask();
        Trial b = s.ask();
        assertThat(a.number()).isEqualTo(0);
        assertThat(b.number()).isEqualTo(1);
        s.tell(a.number(), 0.5);
        s.tell(b.number(), 0.25);
        Trial c = s.ask();
        s.tellFailed(c.number(), "out of memory\nstack trace...", null);
        assertThat(s.bestTrial().orElseThrow().number()).isEqualTo(1);
        assertThat(s.trial(2).state()).isEqualTo(TrialState.FAIL);
        assertThat(s.trial(2).failReason()).contains("out of memory");
        assertThat(s.trials()).extracting(FrozenTrial::state)
                .containsExactly(TrialState.COMPLETE, TrialState.COMPLETE, TrialState.FAIL);
    }

    @Test
    void badTellsAreRejectedWithoutWriting() {
        Study s = study(new InMemoryStorage(), "loss:min");
        Trial t = s.ask();
        assertThatThrownBy(() -> s.tell(t.number(), 1, 2)).hasMessageContaining("expected 1 value(s)");
        assertThatThrownBy(() -> s.tell(t.number(), Double.NaN)).hasMessageContaining("not finite");
        assertThatThrownBy(() -> s.tell(99, 1.0)).hasMessageContaining("no trial 99");
        assertThat(s.trial(t.number()).state()).isEqualTo(TrialState.RUNNING);
        s.tell(t.number(), 1.0);
        assertThatThrownBy(() -> s.tell(t.number(), 2.0)).hasMessageContaining("already COMPLETE");
        assertThat(s.trial(t.number()).value()).isEqualTo(1.0);
        assertThatThrownBy(() -> s.ask(new Params(java.util.Map.of("x", 5.0, "opt", "adam"))))
                .hasMessageContaining("outside");
        assertThat(s.trials()).hasSize(1);
    }

    @Test
    void energyGoalIsFilledFromTheTrialsJoules() {
        Study s = study(new InMemoryStorage(), "acc:max,energy:min");
        Trial t = s.ask();
        assertThatThrownBy(() -> s.tell(t.number(), 0.9)).hasMessageContaining("needs the trial's energy");
        FrozenTrial done = s.tell(t.number(), new double[] {0.9}, new TrialEnergy(120, 100, 150, "tdp-estimate", 2,
                0.01));
        assertThat(done.values()).containsExactly(0.9, 120.0);
        assertThat(done.energy().provenance()).isEqualTo("tdp-estimate");
        assertThat(done.energy().lowerJoules()).isEqualTo(100);
        assertThatThrownBy(() -> Study.create(new InMemoryStorage(), "e", SPACE, Goal.parseAll("energy:min,acc:max"),
                new RandomSampler(1), Pruner.none())).hasMessageContaining("first goal must not be energy");
        assertThatThrownBy(s::bestTrial).hasMessageContaining("bestTrials()");
    }

    @Test
    void energyAloneIsAGoalWhoseValueIsTheMeasuredJoules() {
        assertThat(Goal.parseAll("energy")).containsExactly(new Goal("energy", Direction.MINIMIZE));
        Study s = study(new InMemoryStorage(), "energy");
        Trial a = s.ask();
        Trial b = s.ask();
        assertThatThrownBy(() -> s.tell(a.number())).hasMessageContaining("needs the trial's energy");
        s.tell(a.number(), new double[0], TrialEnergy.reported(30, "rapl-package", 1));
        s.tell(b.number(), new double[0], TrialEnergy.reported(20, "rapl-package", 1));
        assertThat(s.bestTrial().orElseThrow().number()).isEqualTo(b.number());
        assertThat(s.bestTrial().orElseThrow().value()).isEqualTo(20.0);
    }

    @Test
    void createOrLoadRefusesAnotherSpaceOrGoalsShowingBoth() {
        InMemoryStorage storage = new InMemoryStorage();
        Study.createOrLoad(storage, "s", SPACE, Goal.parseAll("min"), new RandomSampler(1), Pruner.none());
        assertThatThrownBy(() -> Study.createOrLoad(storage, "s", SearchSpace.parse("x=-2..1,opt=adam|sgd"),
                Goal.parseAll("min"), new RandomSampler(1), Pruner.none()))
                .hasMessageContaining("exists with space 'opt=adam|sgd,x=-1.0..1.0'")
                .hasMessageContaining("but space 'opt=adam|sgd,x=-2.0..1.0'");
        assertThatThrownBy(() -> Study.createOrLoad(storage, "s", SPACE, Goal.parseAll("max"), new RandomSampler(1),
                Pruner.none())).hasMessageContaining("goals 'value:minimize'").hasMessageContaining("value:maximize");
        assertThat(storage.studies()).hasSize(1);
        Study again = Study.createOrLoad(storage, "s", SearchSpace.parse("opt=adam|sgd, x=-1..1"),
                Goal.parseAll("value:min"), new RandomSampler(1), Pruner.none());
        assertThat(again.ask().number()).isEqualTo(0);
    }

    @Test
    void optimizeCatchesFailuresAndRecordsPrunedTrialsWithTheirLastValue() {
        Study s = Study.create(new InMemoryStorage(), "o", SPACE, Goal.single(Direction.MINIMIZE),
                new RandomSampler(5), new MedianPruner(2, 0, 1));
        OptimizeResult r = s.optimize(t -> {
            if (t.number() == 3) {
                throw new IllegalStateException("boom");
            }
            if (t.number() == 4) {
                return new double[] {Double.NaN};
            }
            double v = t.number() < 2 ? 0.1 : 10;
            for (int step = 0; step < 3; step++) {
                t.report(step, v + step);
                if (t.shouldPrune()) {
                    throw new TrialPrunedException();
                }
            }
            return new double[] {v};
        }, OptimizeOptions.trials(6));
        assertThat(r.trialsRun()).isEqualTo(6);
        assertThat(r.stopReason()).isEqualTo(StopReason.N_TRIALS);
        assertThat(s.trial(3).failReason()).contains("IllegalStateException: boom");
        assertThat(s.trial(4).failReason().orElseThrow()).contains("not finite");
        FrozenTrial pruned = s.trial(2);
        assertThat(pruned.state()).isEqualTo(TrialState.PRUNED);
        assertThat(pruned.values()).containsExactly(10.0);
        assertThat(pruned.intermediates()).hasSize(1);
    }

    @Test
    void energyBudgetStopsBeforeATrialForecastToExceedIt() {
        Study s = study(new InMemoryStorage(), "min");
        OptimizeResult r = s.optimize(t -> {
            t.setEnergy(TrialEnergy.reported(100, "test", 1));
            return new double[] {t.getDouble("x")};
        }, OptimizeOptions.trials(50).withEnergyBudgetJoules(450));
        assertThat(r.stopReason()).isEqualTo(StopReason.ENERGY_BUDGET);
        assertThat(r.trialsRun()).isEqualTo(4);
        assertThat(r.spentJoules()).isEqualTo(400);
        assertThat(r.budgetJoules()).isEqualTo(450);
        assertThat(r.forecastJoules()).isEqualTo(100);
    }

    @Test
    void parallelWorkersStayWithinTheEnergyBudget() {
        Study s = study(new InMemoryStorage(), "min");
        OptimizeResult r = s.optimize(t -> {
            Thread.sleep(30);
            t.setEnergy(TrialEnergy.reported(100, "test", 1));
            return new double[] {t.getDouble("x")};
        }, OptimizeOptions.trials(50).withEnergyBudgetJoules(250).withWorkers(3));
        assertThat(r.stopReason()).isEqualTo(StopReason.ENERGY_BUDGET);
        assertThat(r.spentJoules()).isEqualTo(200);
        assertThat(r.trialsRun()).isEqualTo(2);
        assertThat(s.trials()).hasSize(2);
    }

    @Test
    void forecastIsMeanPlusOneStandardDeviation() {
        Study s = study(new InMemoryStorage(), "min");
        for (double j : new double[] {10, 20, 30}) {
            Trial t = s.ask();
            s.tell(t.number(), new double[] {1}, TrialEnergy.reported(j, "test", 1));
        }
        assertThat(EnergyBudget.forecastJoules(s.trials())).isCloseTo(30, offset(1e-12));
        assertThat(EnergyBudget.allowsAnother(s.trials(), 0, 0, 90)).isTrue();
        assertThat(EnergyBudget.allowsAnother(s.trials(), 0, 0, 89)).isFalse();
        assertThat(EnergyBudget.allowsAnother(s.trials(), 1, 1, 119)).as("a claimed trial counts").isFalse();
        assertThat(EnergyBudget.allowsAnother(List.of(), 0, 0, 1)).as("nothing runs: the first may start").isTrue();
        assertThat(EnergyBudget.allowsAnother(List.of(), 1, 1, 1e9)).as("no forecast, one of ours claimed").isFalse();
        Study other = study(new InMemoryStorage(), "min");
        other.ask(); // another process's trial, running, with no energy known yet
        assertThat(EnergyBudget.allowsAnother(other.trials(), 0, 0, 1e9))
                .as("no forecast: a trial of another process does not stop this one").isTrue();
    }

    @Test
    void targetStopReportsTheEnergySpentToReachIt() {
        Study s = study(new InMemoryStorage(), "acc:max");
        double[] acc = {0.5, 0.7, 0.95, 0.99, 0.2};
        OptimizeResult r = s.optimize(t -> {
            t.setEnergy(TrialEnergy.reported(10 * (t.number() + 1), "test", 1));
            return new double[] {acc[t.number()]};
        }, OptimizeOptions.trials(5).withTarget(0.9));
        assertThat(r.stopReason()).isEqualTo(StopReason.TARGET_REACHED);
        assertThat(r.trialsRun()).isEqualTo(3);
        assertThat(r.target()).contains(new EnergyToTarget(2, 60, 3));
        assertThat(s.energyToReach(0.6)).contains(new EnergyToTarget(1, 30, 2));
        assertThat(s.energyToReach(0.999)).isEmpty();
    }

    @Test
    void theMeterMeasuresEachTrialAndIntermediateJoules() {
        EnergyMeter meter = EnergyMeter.discover(MeterConfig.defaults()
                .withConstantPower(new MeterConfig.ConstantPower(100, 0)));
        Study s = study(new InMemoryStorage(), "min");
        s.optimize(t -> {
            Thread.sleep(30);
            t.report(0, 1.0);
            Thread.sleep(30);
            return new double[] {1.0};
        }, OptimizeOptions.trials(2).withMeter(meter));
        for (FrozenTrial t : s.trials()) {
            assertThat(t.energy().provenance()).isEqualTo("constant-model");
            assertThat(t.energy().joules()).isBetween(5.0, 500.0);
            assertThat(t.energy().durationSeconds()).isGreaterThan(0.05);
            assertThat(t.energy().joules()).isCloseTo(100 * t.energy().durationSeconds(), offset(1.0));
            assertThat(t.intermediates().get(0).joules()).isBetween(2.0, t.energy().joules());
        }
    }

    @Test
    void workersGetDistinctTrialNumbersAndPointsApart() {
        SearchSpace space = SearchSpace.parse("a=0..1,b=0..1");
        for (Sampler sampler : List.of(new GpSampler(3).withStartupTrials(4), new TpeSampler(3).withStartupTrials(4))) {
            Study s = Study.create(new InMemoryStorage(), "w", space, Goal.single(Direction.MINIMIZE), sampler,
                    Pruner.none());
            // the lower-numbered trials still running when a trial starts: running all through its sampling, with
            // their parameters stored (a trial's start time precedes its sampling, so overlapping times would not say)
            Map<Integer, Set<Integer>> sampledBeside = new ConcurrentHashMap<>();
            OptimizeResult r = s.optimize(t -> {
                sampledBeside.put(t.number(), s.trials().stream()
                        .filter(u -> u.number() < t.number() && u.state() == TrialState.RUNNING)
                        .map(FrozenTrial::number).collect(Collectors.toSet()));
                Thread.sleep(5);
                return new double[] {Math.pow(t.getDouble("a") - 0.3, 2) + t.getDouble("b")};
            }, OptimizeOptions.trials(24).withWorkers(3));
            assertThat(r.trialsRun()).isEqualTo(24);
            List<FrozenTrial> trials = s.trials();
            assertThat(trials).extracting(FrozenTrial::number).doesNotHaveDuplicates().hasSize(24);
            assertThat(trials).extracting(FrozenTrial::state).containsOnly(TrialState.COMPLETE);
            double closest = Double.POSITIVE_INFINITY;
            for (FrozenTrial t : trials) {
                for (FrozenTrial u : trials) {
                    if (sampledBeside.getOrDefault(u.number(), Set.of()).contains(t.number())) {
                        closest = Math.min(closest, Math.hypot(t.params().getDouble("a") - u.params().getDouble("a"),
                                t.params().getDouble("b") - u.params().getDouble("b")));
                    }
                }
            }
            assertThat(sampledBeside.values()).as("some trials were sampled while others ran")
                    .anyMatch(v -> !v.isEmpty());
            assertThat(closest).as(sampler.describe() + ": trials run at the same time").isGreaterThan(1e-3);
        }
    }

    @Test
    void gridExhaustionStopsOptimize() {
        Study s = Study.create(new InMemoryStorage(), "g", SearchSpace.parse("opt=a|b|c"),
                Goal.single(Direction.MINIMIZE), new GridSampler(1), Pruner.none());
        OptimizeResult r = s.optimize(t -> new double[] {1}, OptimizeOptions.trials(10).withWorkers(2));
        assertThat(r.stopReason()).isEqualTo(StopReason.SPACE_EXHAUSTED);
        assertThat(s.trials()).hasSize(3);
    }

    @Test
    void staleRunningTrialsAreFailedButPlainAskedTrialsAreKept() throws Exception {
        InMemoryStorage storage = new InMemoryStorage();
        Study s = study(storage, "min").withStaleAfter(Duration.ofMillis(50));
        Trial plain = s.ask();
        int orphan = storage.createTrial(s.id(), java.time.Instant.now(), java.time.Instant.now());
        storage.setParams(s.id(), orphan, new Params(java.util.Map.of("x", 0.0, "opt", "adam")));
        Thread.sleep(120);
        assertThat(s.failStaleTrials()).containsExactly(orphan);
        assertThat(s.trial(orphan).state()).isEqualTo(TrialState.FAIL);
        assertThat(s.trial(orphan).failReason().orElseThrow()).startsWith("stale");
        assertThat(s.trial(plain.number()).state()).isEqualTo(TrialState.RUNNING);
        assertThatThrownBy(() -> s.tell(orphan, 1.0)).hasMessageContaining("already FAIL (stale");
    }

    @Test
    void paretoFrontAndHypervolumeOnAHandWorkedSet() {
        Study s = study(new InMemoryStorage(), "acc:max,energy:min");
        double[][] points = {{0.9, 100}, {0.8, 50}, {0.7, 80}, {0.95, 300}, {0.6, 20}, {0.8, 60}};
        for (double[] p : points) {
            Trial t = s.ask();
            s.tell(t.number(), new double[] {p[0]}, TrialEnergy.reported(p[1], "test", 1));
        }
        List<FrozenTrial> front = s.bestTrials();
        assertThat(front).extracting(FrozenTrial::number).containsExactly(0, 1, 3, 4);
        // Reference (acc 0.5, 400 J). Minimised: points (-0.95,300), (-0.9,100), (-0.8,50), (-0.6,20), ref (-0.5,400).
        // Area = 0.45*100 + 0.40*200 + 0.30*50 + 0.10*30 = 45 + 80 + 15 + 3 = 143.
        assertThat(s.hypervolume(new double[] {0.5, 400})).isCloseTo(143, offset(1e-9));
        assertThat(Pareto.hypervolume2d(new double[][] {{1, 1}}, new double[] {2, 3})).isEqualTo(2);
        assertThat(Pareto.hypervolume2d(new double[][] {{3, 1}}, new double[] {2, 3})).isEqualTo(0);
        // Default reference: worst + 10% of range per goal: acc 0.6 - 0.035 = 0.565, energy 300 + 28 = 328.
        double expected = s.hypervolume(new double[] {0.565, 328});
        assertThat(s.hypervolume()).isCloseTo(expected, offset(1e-9));
    }

    @Test
    void badOptionsAndNamesAreRejected() {
        assertThatThrownBy(() -> OptimizeOptions.trials(0)).hasMessageContaining("number of trials must be >= 1");
        assertThatThrownBy(() -> OptimizeOptions.trials(1).withWorkers(0)).hasMessageContaining("workers");
        assertThatThrownBy(() -> OptimizeOptions.trials(1).withEnergyBudgetJoules(-5))
                .hasMessageContaining("energy budget must be > 0 J");
        assertThatThrownBy(() -> Study.create(new InMemoryStorage(), " ", SPACE, Goal.parseAll("min"),
                new RandomSampler(1), Pruner.none())).hasMessageContaining("study name");
        assertThatThrownBy(() -> Goal.parseAll("acc:up")).hasMessageContaining("unknown direction 'up'");
        assertThatThrownBy(() -> Goal.parseAll("a:min,a:max")).hasMessageContaining("duplicate objective name 'a'");
        assertThatThrownBy(() -> Study.create(new InMemoryStorage(), "m", SPACE, Goal.parseAll("a:min,b:min"),
                new RandomSampler(1), new MedianPruner())).hasMessageContaining("single-objective");
        assertThatThrownBy(() -> Study.load(new InMemoryStorage(), "nope", new RandomSampler(1), Pruner.none()))
                .hasMessageContaining("no study 'nope'");
    }
}
