package org.greentrain.train.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClassProbabilitiesTest {

    @Test
    void probabilitiesAreTheSoftmaxAndSumToOne() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 100; trial++) {
            int classes = 2 + random.nextInt(9);
            int rows = 1 + random.nextInt(20);
            float[] logits = new float[rows * classes];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = (float) ((random.nextDouble() - 0.5) * 40);
            }
            ClassProbabilities p = ClassProbabilities.ofLogits(logits, classes, "t");
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                int best = 0;
                for (int c = 0; c < classes; c++) {
                    sum += p.probability(r, c);
                    if (logits[r * classes + c] > logits[r * classes + best]) {
                        best = c;
                    }
                    double expected = Math.exp((double) logits[r * classes + c] - logits[r * classes])
                            / sumExp(logits, r * classes, classes, logits[r * classes]);
                    assertThat(p.probability(r, c)).isCloseTo(expected, within(1e-12));
                }
                assertThat(sum).isCloseTo(1, within(1e-12));
                assertThat(p.predicted(r)).isEqualTo(best);
            }
        }
    }

    @Test
    void tiesGoToTheFirstClassAndHugeMarginsKeepTheLossFinite() {
        ClassProbabilities p = ClassProbabilities.ofLogits(new float[] {2, 2, 1, -1e30f, 1e30f, 0}, 3, "t");

        assertThat(p.predicted()).containsExactly(0, 1);
        assertThat(p.probability(1, 0)).isZero();
        assertThat(p.meanCrossEntropy(new int[] {2, 0})).isFinite().isGreaterThan(1e29);
        assertThat(p.meanCrossEntropy(new int[] {0, 1})).isCloseTo(Math.log(2 + Math.exp(-1)) / 2,
                within(1e-9));
    }

    @Test
    void nonFiniteOutputsAndBadLabelsAreRefused() {
        assertThatThrownBy(() -> ClassProbabilities.ofLogits(new float[] {0, 1, Float.NaN, 0}, 2, "new.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 of new.csv makes the network output NaN: its values lie far outside the data the"
                        + " model was trained on");
        ClassProbabilities p = ClassProbabilities.ofLogits(new float[] {0, 1}, 2, "t");
        assertThatThrownBy(() -> p.meanCrossEntropy(new int[] {2})).hasMessage("label 2 of row 0 is not a class in"
                + " [0, 2)");
        assertThatThrownBy(() -> p.meanCrossEntropy(new int[] {0, 1})).hasMessage("2 labels for 1 predictions");
    }

    private static double sumExp(float[] logits, int from, int classes, float reference) {
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += Math.exp((double) logits[from + c] - reference);
        }
        return sum;
    }
}
