package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greentrain.study.tuning.TuningAnalysisTest.trace;

import java.util.List;
import org.greentrain.study.report.Report;
import org.junit.jupiter.api.Test;

/** The paper's RQ1 findings set beside scripted searches. */
class TuningPaperComparisonTest {

    @Test
    void eachRowIsComputedFromTheSearches() {
        TuningAnalysis a = TuningAnalysis.of(TuningFixtures.tiny("grid,random,bo", 4, 1, 1), List.of(
                trace(Strategy.GRID, 1, 100, 0.5, 0.6, 0.7, 0.8),
                trace(Strategy.RANDOM, 1, 110, 0.5, 0.94, 0.94, 0.94),
                trace(Strategy.BO, 1, 104.5, 0.6, 0.95, 0.95, 0.95)));

        List<List<String>> rows = TuningPaperComparison.section(a).tables().get(0).rows();

        assertThat(rows).hasSize(5).allSatisfy(r -> assertThat(r).hasSize(3));
        assertThat(rows.get(0).get(2)).startsWith("best accuracy: bo ").contains(", random ", ", grid ");
        assertThat(rows.get(1).get(2)).isEqualTo("bo: round 2 of 4");
        assertThat(rows.get(2).get(2)).startsWith("10% apart");
        assertThat(rows.get(3).get(2)).contains("grid not reached").contains("random round 2")
                .contains("bo round 2");
        assertThat(rows.get(4).get(2)).startsWith("random ahead");
    }

    @Test
    void aStudyWithoutRoundsSaysSo() {
        Report.Section s = TuningPaperComparison.section(TuningAnalysis.of(TuningFixtures.tiny("random", 2, 1, 1),
                List.of()));

        assertThat(s.tables().get(0).rows()).extracting(r -> r.get(2)).contains("no finished round yet",
                "bo not in this study", "needs two of random, grid and bo", "needs both random and grid");
    }
}
