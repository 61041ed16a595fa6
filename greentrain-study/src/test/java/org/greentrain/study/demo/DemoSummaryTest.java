package org.greentrain.study.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.study.reduction.ReductionDesign;
import org.greentrain.study.reduction.ReductionResult;
import org.greentrain.study.reduction.ReductionRun;
import org.greentrain.study.reduction.ReductionStatistics;
import org.greentrain.study.tuning.RoundRecord;
import org.greentrain.study.tuning.SearchTrace;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningAnalysis;
import org.greentrain.study.tuning.TuningResult;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

/** The three sentences on hand-made results: each branch, including those where a figure cannot be computed. */
class DemoSummaryTest {

    static final DemoDesign DESIGN = DemoFixtures.tiny("measured");

    @Test
    void theCheapestReductionKeepingNearlyTheFullAccuracyIsNamed() {
        List<ReductionRun> runs = List.of(run("full", 1, 0.90, 10), run("full", 1, 0.92, 12),
                run("srs", 0.3, 0.90, 4), run("srs", 0.3, 0.90, 4), run("mms", 0.3, 0.80, 3), run("mms", 0.3, 0.80, 3));

        String line = summary(runs, List.of()).reduction();

        assertThat(line).isEqualTo("Data reduction on iris: SRS keeping 30% of the training rows reached 0.900 test "
                + "accuracy against 0.910 with all rows (99% of it) for 64% less energy (median 4.0 J against 11.0 J "
                + "per run over 2 repeats); only 6 of 10 runs have finished, run greentrain demo again to resume.");
    }

    @Test
    void withoutANearlyAsAccurateReductionTheClosestCheaperOneIsNamedAndTheShortfallSaid() {
        List<ReductionRun> runs = List.of(run("full", 1, 0.90, 10), run("mms", 0.3, 0.80, 3),
                run("srs", 0.6, 0.70, 5));

        assertThat(summary(runs, List.of()).reduction()).startsWith("Data reduction on iris: no cheaper reduction "
                + "kept 98% of the full-data accuracy; the closest, MMS keeping 30% of the training rows, reached "
                + "0.800 test accuracy against 0.900 with all rows (89% of it) for 70% less energy");
    }

    @Test
    void whenEveryReductionCostsMoreThanTheFullDataTheSentenceSaysSo() {
        List<ReductionRun> runs = List.of(run("full", 1, 0.90, 10), run("mms", 0.3, 0.91, 20),
                run("srs", 0.3, 0.91, 30));

        DemoSummary s = summary(runs, List.of());

        assertThat(s.bestReduction()).isNull();
        assertThat(s.reduction()).startsWith("Data reduction on iris: no reduction used less energy than training "
                + "on all rows (median 10.0 J); the cheapest, MMS keeping 30% of the training rows, used 200% of it");
    }

    @Test
    void beforeAnyRunNothingIsClaimed() {
        DemoSummary s = summary(List.of(), List.of());

        assertThat(s.lines()).containsExactly(
                "Data reduction on iris: no full-data run and reduced run to compare yet; only 0 of 10 runs have "
                        + "finished, run greentrain demo again to resume.",
                "Tuning mlp-paper on iris (3 rounds per strategy): no round has finished yet; run greentrain demo "
                        + "again to resume.",
                "Cost of the demo: nothing has been measured yet; run greentrain demo again to resume.");
        assertThat(s.bestStrategy()).isNull();
        assertThat(s.savings()).isEmpty();
    }

    @Test
    void aBayesianWinnerIsComparedWithGridAndRandomAsLowerBoundsWhenTheyMissedTheTarget() {
        List<SearchTrace> traces = List.of(trace(Strategy.GRID, 0.5, 0.6, 0.7), trace(Strategy.RANDOM, 0.5, 0.88, 0.9),
                trace(Strategy.BO, 0.91, 0.92, 0.6));

        DemoSummary s = summary(List.of(), traces);

        assertThat(s.bestStrategy().strategy()).isEqualTo(Strategy.BO);
        assertThat(s.target()).isEqualTo(0.98 * 0.92);
        assertThat(s.tuning()).isEqualTo("Tuning mlp-paper on iris (3 rounds per strategy): bo reached the target "
                + "accuracy 0.9016 (98% of the best, 0.9200) in 1 round and 10 J, at least 67% less energy than "
                + "grid, which did not reach it in 30 J, and at least 67% less energy than random, which did not "
                + "reach it in 30 J.");
        assertThat(s.savings()).allSatisfy(v -> assertThat(v.atLeast()).isTrue());
    }

    @Test
    void aWinnerAmongTheBaselinesIsComparedWithTheOtherOne() {
        List<SearchTrace> traces = List.of(trace(Strategy.GRID, 0.5, 0.6, 0.95), trace(Strategy.RANDOM, 0.95, 0.5, 0.5),
                trace(Strategy.BO, 0.5, 0.5, 0.5));

        DemoSummary s = summary(List.of(), traces);

        assertThat(s.tuning()).endsWith("random reached the target accuracy 0.9310 (98% of the best, 0.9500) in 1 "
                + "round and 10 J, 67% less energy than grid (30 J in 3 rounds).");
        assertThat(s.savings()).hasSize(1);
        assertThat(s.savings().get(0).percent()).isCloseTo(100 * (1 - 10.0 / 30), within(1e-9));
    }

    @Test
    void theCostSaysHowItWasMeasuredWithItsBandAndWhatIsUnknown() {
        EnergyTotal measured = EnergyTotal.of(List.of(new TrialEnergy(100, 60, 190, "tdp-estimate+ram-estimate", 2,
                0.05), new TrialEnergy(300, 180, 570, "tdp-estimate+ram-estimate", 6, Double.NaN)));
        DemoResult result = result(List.of(run("full", 1, 0.9, 100)), List.of(), measured);

        String line = DemoSummary.of(result).cost();

        assertThat(line).isEqualTo("Cost of the demo: 400 J and 0.050 g CO2e (1 run without a carbon figure left "
                + "out) for its 1 reduction run and 0 tuning rounds (8 s measured), estimated with a CPU model (TDP x "
                + "utilisation) and a RAM model (watts per GiB) [tdp-estimate+ram-estimate]; plausible range 240 J to "
                + "760 J (-40% / +90%). JVM start-up, data loading and warm-up are not counted.");
        assertThat(ProvenanceWords.describe(List.of("rapl-package", "rapl-package+rapl-dram")))
                .isEqualTo("measured by the CPU package's RAPL counters and the DRAM's RAPL counters "
                        + "[rapl-package+rapl-dram]");
        assertThat(ProvenanceWords.describe(List.of("rapl-package+ram-estimate")))
                .startsWith("measured and estimated with");
    }

    private static DemoSummary summary(List<ReductionRun> runs, List<SearchTrace> traces) {
        return DemoSummary.of(result(runs, traces, EnergyTotal.ofReductionRuns(runs)));
    }

    private static DemoResult result(List<ReductionRun> runs, List<SearchTrace> traces, EnergyTotal reductionEnergy) {
        ReductionDesign rd = DESIGN.reduction();
        ReductionResult reduction = new ReductionResult(rd, DemoStudies.REDUCTION_STUDY, "memory", 112, 38, runs,
                runs.size(), 0, List.of(), ReductionStatistics.of(rd, runs), List.of());
        TuningAnalysis analysis = TuningAnalysis.of(DESIGN.tuning(), traces);
        int rounds = traces.stream().mapToInt(t -> t.rounds().size()).sum();
        TuningResult tuning = new TuningResult(DemoStudies.TUNING_STUDY, "memory", "iris", analysis, rounds, 0,
                Optional.empty(), List.of());
        return new DemoResult(DESIGN, "memory", reduction, tuning, reductionEnergy, EnergyTotal.NONE);
    }

    private static ReductionRun run(String method, double keep, double accuracy, double joules) {
        return new ReductionRun(0, 0, method, keep, accuracy, accuracy, accuracy, accuracy, 0.1, new double[] {0.1},
                112, 38, 30, 0, 0, joules / 50, joules, joules / 50, joules, joules, joules, 0.001, "constant-model",
                1, List.of());
    }

    /** A search whose rounds score {@code accuracies} at 10 J each. */
    private static SearchTrace trace(Strategy s, double... accuracies) {
        List<RoundRecord> rounds = new ArrayList<>();
        double best = Double.NaN;
        for (int i = 0; i < accuracies.length; i++) {
            best = Double.isNaN(best) ? accuracies[i] : Math.max(best, accuracies[i]);
            rounds.add(new RoundRecord(i + 1, i, TrialState.COMPLETE, new Params(Map.of("lr", 0.01)), accuracies[i],
                    10, 10.0 * (i + 1), best, 1, 0, "constant-model", 1, 1));
        }
        return new SearchTrace(s, 1, 0, "demo-tuning/" + s.id() + "/s1", rounds);
    }
}
