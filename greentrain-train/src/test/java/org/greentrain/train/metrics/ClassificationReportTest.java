package org.greentrain.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    private static final List<String> CLASSES = List.of("a", "b", "c");

    @Test
    void matchesAHandComputedConfusionMatrix() {
        int[] actual = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
        int[] predicted = {0, 0, 1, 2, 1, 1, 0, 2, 2, 1};
        // actual a: 2 a, 1 b, 1 c; actual b: 1 a, 2 b; actual c: 1 b, 2 c
        ClassificationReport report = ClassificationReport.of(actual, predicted, CLASSES, 0.5);

        assertThat(report.confusion().counts()).isEqualTo(new int[][] {{2, 1, 1}, {1, 2, 0}, {0, 1, 2}});
        assertThat(report.accuracy()).isEqualTo(0.6);
        assertThat(report.loss()).isEqualTo(0.5);
        ClassMetrics a = report.classes().get(0);
        ClassMetrics b = report.classes().get(1);
        ClassMetrics c = report.classes().get(2);
        // a: TP 2, predicted 3, support 4 -> P 2/3, R 1/2, F1 2*2/(4+3) = 4/7
        assertThat(a.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(a.f1()).isCloseTo(4.0 / 7, within(1e-12));
        // b: TP 2, predicted 4, support 3 -> P 1/2, R 2/3, F1 4/7
        assertThat(b.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(b.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.f1()).isCloseTo(4.0 / 7, within(1e-12));
        // c: TP 2, predicted 3, support 3 -> P 2/3, R 2/3, F1 2/3
        assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.macroPrecision()).isCloseTo((2.0 / 3 + 0.5 + 2.0 / 3) / 3, within(1e-12));
        assertThat(report.macroRecall()).isCloseTo((0.5 + 2.0 / 3 + 2.0 / 3) / 3, within(1e-12));
        assertThat(report.macroF1()).isCloseTo((4.0 / 7 + 4.0 / 7 + 2.0 / 3) / 3, within(1e-12));
        assertThat(report.undefinedPrecision()).isEmpty();
        assertThat(a.support()).isEqualTo(4);
        assertThat(b.predicted()).isEqualTo(4);
    }

    @Test
    void aClassNeverPredictedHasUndefinedPrecisionLeftOutOfTheMacroAverage() {
        int[] actual = {0, 0, 1, 1, 2, 2};
        int[] predicted = {0, 0, 1, 1, 1, 1};

        ClassificationReport report = ClassificationReport.of(actual, predicted, CLASSES, Double.NaN);

        ClassMetrics c = report.classes().get(2);
        assertThat(c.precision()).isNaN();
        assertThat(c.recall()).isZero();
        assertThat(c.f1()).isZero();
        assertThat(report.undefinedPrecision()).containsExactly("c");
        // precision: a 1, b 2/4 -> macro over the two defined values
        assertThat(report.macroPrecision()).isCloseTo((1 + 0.5) / 2, within(1e-12));
        assertThat(report.macroRecall()).isCloseTo((1 + 1 + 0) / 3.0, within(1e-12));
        assertThat(report.macroF1()).isCloseTo((1 + 2.0 / 3 + 0) / 3, within(1e-12));
    }

    @Test
    void aClassNeitherPresentNorPredictedIsUndefinedEverywhere() {
        ClassificationReport report = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1}, CLASSES, 0);

        ClassMetrics c = report.classes().get(2);
        assertThat(c.precision()).isNaN();
        assertThat(c.recall()).isNaN();
        assertThat(c.f1()).isNaN();
        assertThat(report.macroF1()).isEqualTo(1.0);
    }

    @Test
    void rejectsMismatchedInput() {
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}, CLASSES))
                .hasMessage("1 labels but 2 predictions");
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {3}, new int[] {0}, CLASSES))
                .hasMessage("example 0 has label 3 and prediction 0, outside [0, 3)");
    }
}
