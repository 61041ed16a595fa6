package org.greentrain.study.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class ReductionStatisticsTest {

    private static final ReductionDesign DESIGN = new ReductionDesign("toy", List.of("srs", "mms"),
            List.of(0.2, 0.5), 3, ModelSpecs.parse("mlp-paper"), 3, 8, 0, "measured");

    private static ReductionRun run(int i, String method, double keep, double accuracy, double f1, double epsilon,
                                    double joules) {
        return new ReductionRun(i, i % 3, method, keep, accuracy, f1, f1, f1, epsilon, new double[] {epsilon}, 100,
                30, (int) (keep * 100), 0.1, 1, 1, joules - 1, 2, joules, joules * 0.5, joules * 2, 0.01,
                "constant-model", 1, List.of());
    }

    private static List<ReductionRun> runs() {
        List<ReductionRun> r = new ArrayList<>();
        int t = 0;
        for (double acc : new double[] {0.90, 0.92, 0.94}) {
            r.add(run(t++, RunKey.FULL, 1.0, acc, acc, 0, 100));
        }
        // srs at 0.2: cheap and nearly as good; mms at 0.2: more representative, worse
        r.add(run(t++, "srs", 0.2, 0.91, 0.89, 0.8, 20));
        r.add(run(t++, "srs", 0.2, 0.92, Double.NaN, 0.7, 22));
        r.add(run(t++, "srs", 0.2, 0.90, 0.88, 0.9, 21));
        r.add(run(t++, "mms", 0.2, 0.80, 0.79, 0.2, 25));
        r.add(run(t++, "mms", 0.2, 0.82, 0.81, 0.1, 26));
        r.add(run(t++, "mms", 0.2, 0.81, 0.80, Double.POSITIVE_INFINITY, 24));
        // only one run at 0.5: no correlation there
        r.add(run(t, "srs", 0.5, 0.93, 0.93, 0.5, 120));
        return r;
    }

    @Test
    void mediansRatiosAndSpreadFollowThePaper() {
        ReductionStatistics s = ReductionStatistics.of(DESIGN, runs());

        assertThat(s.baseline().accuracy().median()).isEqualTo(0.92);
        assertThat(s.baseline().joules().median()).isEqualTo(100);
        CellStats srs = s.cell("srs", 0.2).orElseThrow();
        assertThat(srs.runs()).isEqualTo(3);
        assertThat(srs.accuracy().median()).isEqualTo(0.91);
        assertThat(srs.accuracy().min()).isEqualTo(0.90);
        assertThat(srs.accuracy().max()).isEqualTo(0.92);
        assertThat(srs.macroF1().n()).as("an undefined F1 is left out").isEqualTo(2);
        assertThat(srs.macroF1().median()).isCloseTo(0.885, within(1e-12));
        assertThat(srs.energyRatio()).isCloseTo(0.21, within(1e-12));
        assertThat(srs.energySaving()).isCloseTo(0.79, within(1e-12));
        assertThat(srs.accuracyRatio()).isCloseTo(0.91 / 0.92, within(1e-12));
        assertThat(srs.label()).isEqualTo("SRS 20%");
        assertThat(s.cell("mms", 0.2).orElseThrow().epsilon()).isEqualTo(0.2);
        assertThat(s.cell("mms", 0.5)).isEmpty();
        assertThat(s.provenances()).containsExactly("constant-model");
        assertThat(s.singleProvenance()).isTrue();
    }

    @Test
    void spearmanIsPerFractionOverEveryRunAndNeedsThreePairs() {
        ReductionStatistics s = ReductionStatistics.of(DESIGN, runs());

        Correlation at02 = s.correlations().get(0);
        assertThat(at02.keep()).isEqualTo(0.2);
        assertThat(at02.epsilonAccuracy().n()).isEqualTo(6);
        // ranks of ε (∞ last) 4 3 5 2 1 6 against accuracy 5 6 4 1 3 2: Σd² = 32, ρ = 1 - 6·32 / (6·35) = 3/35
        assertThat(at02.epsilonAccuracy().rho()).isCloseTo(3.0 / 35, within(1e-12));
        assertThat(at02.epsilonAccuracy().pValue()).as("SciPy's spearmanr").isCloseTo(0.8717434402, within(1e-9));
        assertThat(at02.epsilonMacroF1().n()).as("the run with an undefined F1 is left out").isEqualTo(5);
        assertThat(at02.note()).isNull();
        Correlation at05 = s.correlations().get(1);
        assertThat(at05.epsilonAccuracy()).isNull();
        assertThat(at05.note()).contains("1 run(s)").contains("at least 3");
    }

    @Test
    void theParetoFrontKeepsTheChoicesNoOtherBeats() {
        ReductionStatistics s = ReductionStatistics.of(DESIGN, runs());

        assertThat(s.paretoFront()).extracting(CellStats::label)
                .containsExactly("SRS 20%", "full data", "SRS 50%");
    }

    @Test
    void highlightsNameTheSavingTheMostRepresentativeMethodAndTheCorrelation() {
        List<String> h = Highlights.of(DESIGN, ReductionStatistics.of(DESIGN, runs()), runs().size());

        assertThat(h.get(0)).startsWith("Partial results: 10 of 15 runs finished");
        assertThat(h.get(1)).isEqualTo("SRS 20% kept 99% of the full-data accuracy (0.910 against 0.920) for 21% "
                + "of the energy (median 21.0 J against 100.0 J).");
        assertThat(h.get(2)).startsWith("MMS gave the most representative training sets: the smallest median ε at "
                + "1 of 1 fractions");
        assertThat(h.get(3)).startsWith("ε against accuracy: Spearman's ρ from +");
        assertThat(h.get(4)).isEqualTo("Costlier than training on all the data: SRS at 50% (the reduction eats the "
                + "saving).");
    }

    /** Three srs and three mms runs at 20%, with the given ε and accuracies, and one full-data run. */
    private static List<String> highlightsAtTwenty(double[] epsilon, double[] accuracy) {
        List<ReductionRun> r = new ArrayList<>(List.of(run(0, RunKey.FULL, 1.0, 0.9, 0.9, 0, 100)));
        for (int i = 0; i < 6; i++) {
            r.add(run(i + 1, i < 3 ? "srs" : "mms", 0.2, accuracy[i], accuracy[i], epsilon[i], 20));
        }
        return Highlights.of(DESIGN, ReductionStatistics.of(DESIGN, r), r.size());
    }

    @Test
    void aTiedOrInfiniteSmallestEpsilonNamesNoMethodAndAConstantInputNoRho() {
        double[] accuracy = {0.85, 0.90, 0.84, 0.83, 0.82, 0.86};
        List<String> tied = highlightsAtTwenty(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, accuracy);
        double inf = Double.POSITIVE_INFINITY;
        List<String> lost = highlightsAtTwenty(new double[] {inf, inf, inf, inf, inf, inf}, accuracy);

        assertThat(tied).noneMatch(h -> h.contains("most representative"));
        assertThat(lost).noneMatch(h -> h.contains("most representative"));
        assertThat(tied).contains("ε against accuracy: ρ is undefined at 1 fraction (ε or accuracy constant).");
        assertThat(tied).noneMatch(h -> h.contains("+0.00"));
    }

    @Test
    void aNegativeButInsignificantRhoIsCalledADirectionOnly() {
        List<String> h = highlightsAtTwenty(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6},
                new double[] {0.85, 0.90, 0.84, 0.83, 0.82, 0.86});

        assertThat(h).contains("SRS gave the most representative training sets: the smallest median ε at 1 of 1 "
                + "fractions.");
        assertThat(h).anyMatch(l -> l.startsWith("ε against accuracy: Spearman's ρ from -0.31 to -0.31 over 1 "
                + "fraction; significant (p < 0.05) at none of them. ρ was negative at every fraction (a smaller ε "
                + "with a higher accuracy), but that is the direction only: it is significant at 0 of them."));
    }

    @Test
    void withoutABaselineThereAreNoRatiosAndNoSavingHighlight() {
        List<ReductionRun> noBaseline = runs().stream().filter(r -> !r.isBaseline()).toList();
        ReductionStatistics s = ReductionStatistics.of(DESIGN, noBaseline);

        assertThat(s.baseline()).isNull();
        assertThat(s.cell("srs", 0.2).orElseThrow().energyRatio()).isNaN();
        assertThat(Highlights.of(DESIGN, s, noBaseline.size())).noneMatch(l -> l.contains("full-data accuracy"));
    }
}
