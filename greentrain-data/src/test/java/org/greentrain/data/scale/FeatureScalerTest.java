package org.greentrain.data.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.greentrain.data.split.Split;
import org.greentrain.data.split.Splits;
import org.junit.jupiter.api.Test;

class FeatureScalerTest {

    /** Column a: 0, 5, 10; column b: constant 7; column c: -1, 1, 3. */
    private static final Dataset TRAIN = Dataset.of("train", new float[] {
            0, 7, -1,
            5, 7, 1,
            10, 7, 3}, 3, 3, new int[] {0, 1, 0}, List.of("x", "y"), List.of("a", "b", "c"));

    @Test
    void minMaxMapsTheFittedDataToTheUnitIntervalAndConstantsToZero() {
        Dataset scaled = ScalingMethod.MIN_MAX.fit(TRAIN).apply(TRAIN);

        assertThat(scaled.features()).containsExactly(
                0, 0, 0,
                0.5f, 0, 0.5f,
                1, 0, 1);
        assertThat(scaled.labels()).isEqualTo(TRAIN.labels());
        assertThat(scaled.featureNames()).isEqualTo(TRAIN.featureNames());
    }

    @Test
    void zScoreCentresAndScalesWithConstantsAtZero() {
        FeatureScaler scaler = ScalingMethod.Z_SCORE.fit(TRAIN);
        Dataset scaled = scaler.apply(TRAIN);

        double std = Math.sqrt(50.0 / 3);
        assertThat(scaler.shift(0)).isEqualTo(5.0);
        assertThat(scaler.divisor(0)).isCloseTo(std, within(1e-12));
        assertThat(scaler.divisor(1)).isEqualTo(1.0);
        assertThat(scaled.get(0, 0)).isCloseTo((float) (-5 / std), within(1e-6f));
        assertThat(scaled.get(2, 0)).isCloseTo((float) (5 / std), within(1e-6f));
        assertThat(new float[] {scaled.get(0, 1), scaled.get(1, 1), scaled.get(2, 1)}).containsOnly(0f);
        double mean = 0;
        double square = 0;
        for (int r = 0; r < 3; r++) {
            mean += scaled.get(r, 2) / 3.0;
            square += scaled.get(r, 2) * scaled.get(r, 2) / 3.0;
        }
        assertThat(mean).isCloseTo(0, within(1e-6));
        assertThat(square).isCloseTo(1, within(1e-6));
    }

    @Test
    void allConstantDataGivesZerosNotNaN() {
        Dataset constant = Dataset.of("c", new float[] {3, 3, 3, 3}, 4, 1, new int[4], List.of("x"), List.of("a"));

        for (ScalingMethod method : ScalingMethod.values()) {
            assertThat(method.fit(constant).apply(constant).features()).containsOnly(0f);
        }
    }

    @Test
    void otherDataIsScaledWithTheFittedStatistics() {
        Dataset test = Dataset.of("test", new float[] {20, 7, 1, -5, 8, 0}, 2, 3, new int[] {0, 1}, List.of("x", "y"),
                List.of("a", "b", "c"));

        Dataset scaled = ScalingMethod.MIN_MAX.fit(TRAIN).apply(test);

        assertThat(scaled.features()).containsExactly(2, 0, 0.5f, -0.5f, 1, 0.25f);
    }

    @Test
    void refusesDataWithOtherFeaturesAndEmptyData() {
        Dataset other = Dataset.of("other", new float[] {1, 2}, 1, 2, new int[1], List.of("x"), List.of("a", "z"));
        Dataset empty = Dataset.of("empty", new float[0], 0, 3, new int[0], List.of("x"), List.of("a", "b", "c"));
        FeatureScaler scaler = ScalingMethod.MIN_MAX.fit(TRAIN);

        assertThatThrownBy(() -> scaler.apply(other)).isInstanceOf(DataInputException.class)
                .hasMessage("cannot apply to other with this scaler: it has 2 features [a, z] but the scaler is for 3"
                        + " features [a, b, c]");
        assertThatThrownBy(() -> ScalingMethod.Z_SCORE.fit(empty)).isInstanceOf(DataInputException.class)
                .hasMessage("cannot fit a Z_SCORE scaler on empty: it has no rows");
    }

    @Test
    void refusesScaledValuesBeyondTheFloatRange() {
        Dataset tiny = Dataset.of("t", new float[] {0, 1e-30f}, 2, 1, new int[2], List.of("x"), List.of("a"));
        Dataset huge = Dataset.of("h", new float[] {3e38f}, 1, 1, new int[1], List.of("x"), List.of("a"));

        assertThatThrownBy(() -> ScalingMethod.MIN_MAX.fit(tiny).apply(huge)).isInstanceOf(DataInputException.class)
                .hasMessageStartingWith("scaling row 0, column 'a' of h gives Infinity");
    }

    @Test
    void fittingOnAllDataEqualsFittingBeforeTheSplitAsInThePaper() {
        float[] values = new float[40];
        int[] labels = new int[20];
        for (int r = 0; r < 20; r++) {
            values[2 * r] = r * r;
            values[2 * r + 1] = 100 - 3 * r;
            labels[r] = r % 2;
        }
        Dataset all = Dataset.of("all", values, 20, 2, labels, List.of("x", "y"), List.of("a", "b"));
        Split split = Splits.random(all, 0.25, 7);

        Split paper = split.scaled(ScalingMethod.MIN_MAX, ScalerFit.ALL_DATA);
        Split beforeSplitting = Splits.random(ScalingMethod.MIN_MAX.fit(all).apply(all), 0.25, 7);

        assertThat(paper).isEqualTo(beforeSplitting);
    }

    @Test
    void fittingOnTheTrainingPartIgnoresTheTestRows() {
        Dataset all = Dataset.of("all", new float[] {0, 1, 2, 3, 10}, 5, 1, new int[5], List.of("x"), List.of("a"));
        Split split = new Split(all.subset(new int[] {0, 1, 2, 3}), all.subset(new int[] {4}));

        Split sound = split.scaled(ScalingMethod.MIN_MAX, ScalerFit.TRAINING_PART);
        Split paper = split.scaled(ScalingMethod.MIN_MAX, ScalerFit.ALL_DATA);

        assertThat(sound.train().features()).containsExactly(0, 1 / 3f, 2 / 3f, 1);
        assertThat(sound.test().features()).containsExactly(10 / 3f);
        assertThat(paper.train().features()).containsExactly(0, 0.1f, 0.2f, 0.3f);
        assertThat(paper.test().features()).containsExactly(1);
    }

    @Test
    void aScalerRebuiltFromItsParametersScalesExactlyAsTheFittedOne() {
        for (ScalingMethod method : ScalingMethod.values()) {
            FeatureScaler fitted = method.fit(TRAIN);
            double[] shift = new double[TRAIN.cols()];
            double[] divisor = new double[TRAIN.cols()];
            for (int c = 0; c < shift.length; c++) {
                shift[c] = fitted.shift(c);
                divisor[c] = fitted.divisor(c);
            }

            FeatureScaler rebuilt = FeatureScaler.of(method, fitted.featureNames(), shift, divisor);
            shift[0] = 99;

            assertThat(rebuilt.method()).isEqualTo(method);
            assertThat(rebuilt.featureNames()).containsExactly("a", "b", "c");
            assertThat(rebuilt.apply(TRAIN)).isEqualTo(fitted.apply(TRAIN));
            assertThat(rebuilt.apply(TRAIN.features(), "rows")).containsExactly(fitted.apply(TRAIN).features());
        }
    }

    @Test
    void parametersThatCannotScaleAreRefused() {
        List<String> ab = List.of("a", "b");
        assertThatThrownBy(() -> FeatureScaler.of(ScalingMethod.MIN_MAX, ab, new double[] {0}, new double[] {1, 1}))
                .isInstanceOf(DataInputException.class)
                .hasMessage("a scaler needs one shift and one divisor per feature, got 1 shifts and 2 divisors for 2"
                        + " features");
        assertThatThrownBy(() -> FeatureScaler.of(ScalingMethod.MIN_MAX, List.of("a", "a"), new double[2],
                new double[] {1, 1})).hasMessage("a scaler's feature names must be distinct, got [a, a]");
        assertThatThrownBy(() -> FeatureScaler.of(ScalingMethod.Z_SCORE, ab, new double[2], new double[] {1, -2}))
                .hasMessage("feature 'b' has shift 0.0 and divisor -2.0: a scaler needs a finite shift and a positive"
                        + " finite divisor");
        assertThatThrownBy(() -> FeatureScaler.of(ScalingMethod.Z_SCORE, ab, new double[] {Double.NaN, 0},
                new double[] {1, 1})).hasMessageStartingWith("feature 'a' has shift NaN");
        FeatureScaler scaler = ScalingMethod.MIN_MAX.fit(TRAIN);
        assertThatThrownBy(() -> scaler.apply(new float[] {1, 2}, "rows"))
                .hasMessage("rows holds 2 values, not whole rows of the 3 features this scaler is for");
    }
}
