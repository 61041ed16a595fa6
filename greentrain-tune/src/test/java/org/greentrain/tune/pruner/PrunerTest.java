package org.greentrain.tune.pruner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Intermediate;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

/** Pruner decisions on scripted learning curves. */
class PrunerTest {

    private static final List<Goal> MIN = Goal.single(Direction.MINIMIZE);
    private static final List<Goal> MAX = Goal.single(Direction.MAXIMIZE);

    private static FrozenTrial trial(int number, TrialState state, double... curve) {
        List<Intermediate> im = new ArrayList<>();
        for (int s = 0; s < curve.length; s++) {
            im.add(new Intermediate(s, curve[s], Double.NaN));
        }
        return new FrozenTrial(number, state, new Params(Map.of()), new double[0], im, null, Instant.EPOCH, null,
                null, Map.of());
    }

    private static FrozenTrial withJoules(int number, TrialState state, double[] values, double[] joules) {
        List<Intermediate> im = new ArrayList<>();
        for (int s = 0; s < values.length; s++) {
            im.add(new Intermediate(s, values[s], joules[s]));
        }
        return new FrozenTrial(number, state, new Params(Map.of()), new double[0], im, null, Instant.EPOCH, null,
                null, Map.of());
    }

    private static boolean decide(Pruner p, List<Goal> goals, FrozenTrial me, FrozenTrial... others) {
        List<FrozenTrial> all = new ArrayList<>(List.of(others));
        all.add(me);
        return p.shouldPrune(new PruningContext(me, all, goals));
    }

    @Test
    void medianPrunesAboveTheMedianOfCompleteTrialsAtTheSameStep() {
        FrozenTrial[] done = {
            trial(0, TrialState.COMPLETE, 1.0, 0.8, 0.6),
            trial(1, TrialState.COMPLETE, 1.2, 0.9, 0.7),
            trial(2, TrialState.COMPLETE, 0.9, 0.5, 0.4),
        };
        MedianPruner p = new MedianPruner(3, 0, 1);
        assertThat(decide(p, MIN, trial(5, TrialState.RUNNING, 1.1, 0.95), done)).isTrue();
        assertThat(decide(p, MIN, trial(5, TrialState.RUNNING, 1.1, 0.75), done)).isFalse();
        assertThat(decide(p, MIN, trial(5, TrialState.RUNNING, 0.7, 0.95), done)).as("best so far counts").isFalse();
        assertThat(decide(new MedianPruner(4, 0, 1), MIN, trial(5, TrialState.RUNNING, 5, 5), done))
                .as("startup").isFalse();
        assertThat(decide(new MedianPruner(3, 2, 1), MIN, trial(5, TrialState.RUNNING, 5, 5), done))
                .as("warmup").isFalse();
        assertThat(decide(new MedianPruner(3, 0, 4), MIN, trial(5, TrialState.RUNNING, 5, 5), done))
                .as("min trials at step").isFalse();
        FrozenTrial[] accuracies = {
            trial(0, TrialState.COMPLETE, 0.5, 0.7),
            trial(1, TrialState.COMPLETE, 0.6, 0.8),
            trial(2, TrialState.COMPLETE, 0.4, 0.9),
        };
        assertThat(decide(p, MAX, trial(5, TrialState.RUNNING, 0.3, 0.75), accuracies)).isTrue();
        assertThat(decide(p, MAX, trial(5, TrialState.RUNNING, 0.3, 0.85), accuracies)).isFalse();
    }

    @Test
    void ashaKeepsTheTopThirdAtEachRungAndJudgesEachRungOnce() {
        SuccessiveHalvingPruner p = new SuccessiveHalvingPruner(1, 3, 0);
        assertThat(p.rungStep(0)).isEqualTo(1);
        assertThat(p.rungStep(1)).isEqualTo(3);
        assertThat(p.rungStep(2)).isEqualTo(9);
        FrozenTrial[] peers = {
            trial(0, TrialState.COMPLETE, 9, 0.50, 9, 0.30),
            trial(1, TrialState.PRUNED, 9, 0.90),
            trial(2, TrialState.PRUNED, 9, 0.80),
            trial(3, TrialState.RUNNING, 9, 0.70),
            trial(4, TrialState.PRUNED, 9, 0.95),
        };
        // rung 0 (step 1): competitors 0.5, 0.9, 0.8, 0.7, 0.95 + mine: 6 values, top floor(6/3) = 2 continue
        assertThat(decide(p, MIN, trial(9, TrialState.RUNNING, 9, 0.75), peers)).isTrue();
        assertThat(decide(p, MIN, trial(9, TrialState.RUNNING, 9, 0.60), peers)).isFalse();
        assertThat(decide(p, MIN, trial(9, TrialState.RUNNING, 9, 0.55), peers)).isFalse();
        // step 2 crosses no rung: no decision, even if worse
        assertThat(decide(p, MIN, trial(9, TrialState.RUNNING, 9, 0.55, 5), peers)).isFalse();
        // step 3 crosses rung 1: only trial 0 reached it (0.30): with 2 competitors only the best continues
        assertThat(decide(p, MIN, trial(9, TrialState.RUNNING, 9, 0.55, 5, 0.35), peers)).isTrue();
        assertThat(decide(p, MIN, trial(9, TrialState.RUNNING, 9, 0.55, 5, 0.25), peers)).isFalse();
        assertThat(decide(p, MIN, trial(9, TrialState.RUNNING, 9, 0.10))).as("alone: best").isFalse();
        assertThatThrownBy(() -> new SuccessiveHalvingPruner(0, 3, 0)).hasMessageContaining("min resource >= 1");
    }

    @Test
    void hyperbandSplitsTrialsIntoBracketsThatOnlyCompeteInside() {
        HyperbandPruner p = new HyperbandPruner(1, 9, 3);
        assertThat(p.brackets()).isEqualTo(3);
        assertThat(p.bracketOf(0)).isEqualTo(0);
        assertThat(p.bracketOf(4)).isEqualTo(1);
        // bracket 0 (numbers 0, 3, 6, ...) has rung 0 at step 1; bracket 1 at step 3
        FrozenTrial[] peers = {
            trial(0, TrialState.COMPLETE, 9, 0.1),
            trial(3, TrialState.COMPLETE, 9, 0.2),
            trial(1, TrialState.COMPLETE, 9, 0.9, 9, 0.9),
            trial(4, TrialState.COMPLETE, 9, 0.9, 9, 0.8),
        };
        assertThat(decide(p, MIN, trial(6, TrialState.RUNNING, 9, 0.5), peers)).isTrue();
        assertThat(decide(p, MIN, trial(7, TrialState.RUNNING, 9, 0.5), peers)).as("bracket 1: no rung at step 1")
                .isFalse();
        assertThat(decide(p, MIN, trial(7, TrialState.RUNNING, 9, 0.5, 9, 0.85), peers))
                .as("bracket 1 at step 3 against 0.9 and 0.8").isTrue();
        assertThat(decide(p, MIN, trial(7, TrialState.RUNNING, 9, 0.5, 9, 0.75), peers)).isFalse();
    }

    @Test
    void ashaAndHyperbandJudgeAStepAtTheLargestLongOnceAndReturn() {
        FrozenTrial[] peers = {atSteps(0, 0.1), atSteps(3, 0.2)};
        FrozenTrial worse = atSteps(6, 0.9);
        FrozenTrial better = atSteps(9, 0.05);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SuccessiveHalvingPruner asha = new SuccessiveHalvingPruner(1, 3, 0);
            assertThat(decide(asha, MIN, worse, peers)).isTrue();
            assertThat(decide(asha, MIN, better, peers)).isFalse();
            HyperbandPruner hyperband = new HyperbandPruner(1, 9, 3);
            assertThat(decide(hyperband, MIN, worse, peers)).isTrue();
            assertThat(decide(hyperband, MIN, better, peers)).isFalse();
        });
    }

    /** A trial reporting {@code value} at step 1 and at step Long.MAX_VALUE. */
    private static FrozenTrial atSteps(int number, double value) {
        List<Intermediate> im = List.of(new Intermediate(1, value, Double.NaN),
                new Intermediate(Long.MAX_VALUE, value, Double.NaN));
        return new FrozenTrial(number, TrialState.RUNNING, new Params(Map.of()), new double[0], im, null,
                Instant.EPOCH, null, null, Map.of());
    }

    @Test
    void paretoPrunerStopsTrialsDominatedInAccuracyAndEnergyByEnoughPeers() {
        List<Goal> goals = Goal.parseAll("acc:max,energy:min");
        FrozenTrial[] peers = {
            withJoules(0, TrialState.COMPLETE, new double[] {0.5, 0.80}, new double[] {10, 20}),
            withJoules(1, TrialState.COMPLETE, new double[] {0.5, 0.85}, new double[] {10, 25}),
            withJoules(2, TrialState.RUNNING, new double[] {0.5, 0.60}, new double[] {10, 15}),
            withJoules(3, TrialState.PRUNED, new double[] {0.5, 0.90}, new double[] {10, 40}),
        };
        ParetoPruner p = new ParetoPruner(0, 4, 0.5);
        // (0.7, 30 J): dominated by trials 0 and 1 (better acc, fewer J) = 2 of 4 peers -> pruned
        assertThat(decide(p, goals, withJoules(9, TrialState.RUNNING, new double[] {0.5, 0.70},
                new double[] {10, 30}), peers)).isTrue();
        // (0.7, 22 J): only trial 0 dominates -> kept
        assertThat(decide(p, goals, withJoules(9, TrialState.RUNNING, new double[] {0.5, 0.70},
                new double[] {10, 22}), peers)).isFalse();
        // equal accuracy is not dominance
        assertThat(decide(p, goals, withJoules(9, TrialState.RUNNING, new double[] {0.5, 0.85},
                new double[] {10, 30}), peers)).isFalse();
        assertThat(decide(new ParetoPruner(0, 5, 0.5), goals, withJoules(9, TrialState.RUNNING,
                new double[] {0.5, 0.70}, new double[] {10, 30}), peers)).as("too few peers").isFalse();
        assertThat(decide(new ParetoPruner(2, 4, 0.5), goals, withJoules(9, TrialState.RUNNING,
                new double[] {0.5, 0.70}, new double[] {10, 30}), peers)).as("warm-up").isFalse();
        assertThat(decide(p, goals, trial(9, TrialState.RUNNING, 0.5, 0.1), peers)).as("no joules").isFalse();
        p.checkGoals(goals);
    }
}
