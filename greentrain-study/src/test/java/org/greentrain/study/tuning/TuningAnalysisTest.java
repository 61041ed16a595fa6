package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

/** The paper's comparison on scripted searches, without training anything. */
class TuningAnalysisTest {

    /** A search whose rounds score {@code accuracies} (NaN = pruned) and cost {@code joules} each. */
    static SearchTrace trace(Strategy s, int search, double joules, double... accuracies) {
        List<RoundRecord> rounds = new ArrayList<>();
        double best = Double.NaN;
        double cumulative = 0;
        for (int i = 0; i < accuracies.length; i++) {
            boolean pruned = Double.isNaN(accuracies[i]);
            double cost = pruned ? joules / 4 : joules;
            cumulative += cost;
            if (!pruned && !(accuracies[i] <= best)) {
                best = accuracies[i];
            }
            rounds.add(new RoundRecord(i + 1, i, pruned ? TrialState.PRUNED : TrialState.COMPLETE,
                    new Params(Map.of("lr", 0.001 * (i + 1))), accuracies[i], cost, cumulative, best, pruned ? 1 : 2,
                    0, "constant-model", cost / 10, 1));
        }
        return new SearchTrace(s, search, search - 1, "t/" + s.id() + "/s" + search, rounds);
    }

    private static TuningAnalysis analysis(List<SearchTrace> traces) {
        return TuningAnalysis.of(TuningFixtures.tiny("grid,random,bo,bo-asha", 5, 2, 2), traces);
    }

    @Test
    void theOptimumRoundIsTheFirstWithinTheToleranceOfTheFinalBest() {
        SearchTrace t = trace(Strategy.RANDOM, 1, 100, 0.5, 0.8, 0.897, 0.7, 0.9);

        assertThat(t.finalBest()).isEqualTo(0.9);
        assertThat(t.optimumRound(0.005).getAsInt()).isEqualTo(3);
        assertThat(t.optimumRound(0).getAsInt()).isEqualTo(5);
        assertThat(t.joulesThrough(3)).isEqualTo(300);
        assertThat(t.firstRoundReaching(0.95)).isEmpty();
    }

    @Test
    void mediansTargetAndSavingsFollowThePapersDefinitions() {
        TuningAnalysis a = analysis(List.of(
                trace(Strategy.GRID, 1, 100, 0.5, 0.6, 0.7, 0.8, 0.85),
                trace(Strategy.GRID, 2, 100, 0.5, 0.5, 0.5, 0.5, 0.5),
                trace(Strategy.RANDOM, 1, 100, 0.5, 0.9, 0.9, 0.9, 0.9),
                trace(Strategy.RANDOM, 2, 100, 0.5, 0.6, 0.7, 0.8, 0.95),
                trace(Strategy.BO, 1, 100, 0.9, 0.95, 0.95, 0.95, 0.95),
                trace(Strategy.BO, 2, 100, 0.6, 0.9, 0.95, 0.95, 0.95),
                trace(Strategy.BO_ASHA, 1, 100, 0.9, Double.NaN, 0.95, Double.NaN, Double.NaN),
                trace(Strategy.BO_ASHA, 2, 100, 0.9, Double.NaN, Double.NaN, 0.95, Double.NaN)));

        assertThat(a.bestAccuracy()).isEqualTo(0.95);
        assertThat(a.target()).isCloseTo(0.931, within(1e-12));
        StrategySummary bo = a.summary(Strategy.BO).orElseThrow();
        assertThat(bo.reachedTarget()).isEqualTo(2);
        assertThat(bo.medianRoundsToTarget()).isEqualTo(2.5);
        assertThat(bo.medianJoulesToTarget()).isEqualTo(250);
        assertThat(bo.medianOptimumRound()).isEqualTo(2.5);
        StrategySummary random = a.summary(Strategy.RANDOM).orElseThrow();
        assertThat(random.reachedTarget()).isEqualTo(1);
        assertThat(random.medianJoulesToTarget()).as("one of two searches missed: the median is +infinity")
                .isInfinite();
        StrategySummary asha = a.summary(Strategy.BO_ASHA).orElseThrow();
        assertThat(asha.prunedRounds()).isEqualTo(6);
        assertThat(asha.medianJoulesToTarget()).isEqualTo((225 + 250) / 2.0);
        assertThat(asha.perRound()).as("pruned rounds are left out").isEqualTo(new RoundEnergy(4, 100, 0));
        assertThat(asha.perQuietRound()).isEqualTo(asha.perRound());

        Saving boVsRandom = a.savings().stream().filter(s -> s.strategy() == Strategy.BO
                && s.baseline() == Strategy.RANDOM).findFirst().orElseThrow();
        assertThat(boVsRandom.atLeast()).isTrue();
        assertThat(boVsRandom.percent()).isCloseTo(100 * (1 - 250 / 500.0), within(1e-9));
        assertThat(TuningFormat.saving(boVsRandom)).isEqualTo("≥ 50%");
        assertThat(a.savings()).extracting(Saving::strategy).containsOnly(Strategy.BO, Strategy.BO_ASHA);
    }

    @Test
    void aBoundCountsTheJoulesToTheTargetOfTheBaselinesSearchesThatReachedIt() {
        TuningAnalysis a = analysis(List.of(
                trace(Strategy.GRID, 1, 100, 0.95, 0.5, 0.5, 0.5, 0.5),
                trace(Strategy.GRID, 2, 80, 0.5, 0.5, 0.5, 0.5, 0.5),
                trace(Strategy.GRID, 3, 90, 0.5, 0.5, 0.5, 0.5, 0.5),
                trace(Strategy.BO, 1, 100, 0.5, 0.95, 0.95, 0.95, 0.95)));

        StrategySummary grid = a.summary(Strategy.GRID).orElseThrow();
        assertThat(grid.medianJoulesToTarget()).isInfinite();
        assertThat(grid.lowerJoulesToTarget()).as("median of 100 (reached), 400 and 450 (whole searches)")
                .isEqualTo(400);
        assertThat(grid.medianTotalJoules()).isEqualTo(450);
        Saving boVsGrid = a.savings().stream().filter(s -> s.baseline() == Strategy.GRID).findFirst().orElseThrow();
        assertThat(boVsGrid.atLeast()).isTrue();
        assertThat(boVsGrid.percent()).isCloseTo(100 * (1 - 200 / 400.0), within(1e-9));
        assertThat(TuningFormat.against(boVsGrid, grid)).isEqualTo("at least 50% less energy than grid, which did "
                + "not reach it in 2 of 3 searches (median at least 400 J)");
    }

    @Test
    void aNegativeBoundIsAnUpperBoundOnTheExtraEnergy() {
        TuningAnalysis a = analysis(List.of(trace(Strategy.GRID, 1, 50, 0.5, 0.5, 0.5, 0.5, 0.5),
                trace(Strategy.BO, 1, 100, 0.5, 0.5, 0.5, 0.5, 0.95)));

        Saving boVsGrid = a.savings().stream().filter(s -> s.baseline() == Strategy.GRID).findFirst().orElseThrow();

        assertThat(boVsGrid.percent()).isCloseTo(-100, within(1e-9));
        assertThat(TuningFormat.saving(boVsGrid)).isEqualTo("≥ -100%");
        assertThat(TuningFormat.against(boVsGrid, a.summary(Strategy.GRID).orElseThrow()))
                .isEqualTo("at most 100% more energy than grid, which did not reach it in 250 J");
    }
}
