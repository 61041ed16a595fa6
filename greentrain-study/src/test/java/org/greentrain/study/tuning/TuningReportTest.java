package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greentrain.study.report.HtmlReport;
import org.greentrain.study.report.Report;
import org.junit.jupiter.api.Test;

/** The report's sentences and charts from scripted searches; rendering a stored study is in TuningRunnerTest. */
class TuningReportTest {

    @Test
    void theHighlightsStateTheTargetTheSavingsAndTheOptimumRounds() {
        TuningAnalysis a = TuningAnalysis.of(TuningFixtures.tiny("grid,random,bo", 4, 2, 1), List.of(
                TuningAnalysisTest.trace(Strategy.GRID, 1, 100, 0.5, 0.6, 0.7, 0.8),
                TuningAnalysisTest.trace(Strategy.RANDOM, 1, 100, 0.5, 0.6, 0.9, 0.9),
                TuningAnalysisTest.trace(Strategy.BO, 1, 100, 0.9, 0.9, 0.9, 0.9)));

        Report r = TuningReport.of("s", a, List.of());

        assertThat(r.highlights()).containsExactly(
                "Best mean accuracy 0.9000 (random); the target is 98% of it: 0.8820.",
                "bo reached the target in 1 round(s) and 100 J: at least 75% less energy than grid, which did not "
                        + "reach it in 400 J; 67% less energy than random (300 J in 3 rounds).",
                "Optimum round (first round within 0.005 of the search's final best): grid 4, random 3, bo 1 of 4.",
                "Mean energy of a complete round: grid 100 J (CV 0%, 4 rounds), random 100 J (CV 0%, 4 rounds), bo "
                        + "100 J (CV 0%, 4 rounds).");
        assertThat(r.sections().get(1).charts()).extracting(Report.Chart::id)
                .containsExactly("energy-per-round", "energy-to-target", "pareto");
    }

    @Test
    void aStudyWithoutFinishedRoundsStillRenders() {
        TuningAnalysis empty = TuningAnalysis.of(TuningFixtures.tiny("random,bo", 4, 2, 1), List.of());

        Report r = TuningReport.of("empty", empty, List.of());

        assertThat(r.highlights()).containsExactly("No round has finished yet.");
        assertThat(r.sections().get(1).charts()).extracting(Report.Chart::id)
                .containsExactly("energy-per-round", "pareto");
        assertThat(HtmlReport.render(r)).contains("Tuning study: empty");
    }
}
