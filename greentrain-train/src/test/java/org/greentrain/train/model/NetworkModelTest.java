package org.greentrain.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.nn.Parameter;
import java.util.Arrays;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.greentrain.train.Fixtures;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkModelTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @ParameterizedTest(name = "{0} on {1}x{2}x{2}")
    @CsvSource(delimiter = ';', value = {
        "simplecnn:conv=2,linear=3; 1; 28; 252568",
        "simplecnn:conv=2,linear=3; 3; 32; 3846388",
        "simplecnn:conv=4,linear=3,relu=off; 1; 28; 133642",
        "densepoly:linear=3; 1; 28; 386718",
        "mlp-paper; 1; 28; 47780",
        "cnn:conv=8k5s2p2-bn-tanh-avg2/4k3p0-sigmoid,hidden=16,batchnorm=on,dropout=0.5; 3; 32; 3438",
    })
    void theDjlBlockHasExactlyTheSpecParameterCount(String spec, int channels, int side, long parameters) {
        Architecture arch = ModelSpecs.parse(spec).resolve(new ModelInput(channels * side * side,
                new ImageShape(channels, side, side), 10));

        try (NetworkModel model = NetworkModel.create(arch, DIGITS, 1)) {
            assertThat(model.parameterCount()).isEqualTo(arch.parameterCount()).isEqualTo(parameters);
        }
    }

    @Test
    void initialWeightsFollowPyTorchDefaultsAndTheSeed() {
        Architecture arch = ModelSpecs.parse("mlp:hidden=100").resolve(new ModelInput(400, null, 10));
        try (NetworkModel a = NetworkModel.create(arch, DIGITS, 5);
             NetworkModel b = NetworkModel.create(arch, DIGITS, 5);
             NetworkModel c = NetworkModel.create(arch, DIGITS, 6)) {
            List<Parameter> params = a.trainableParameters();
            float[] w1 = params.get(0).getArray().toFloatArray();
            float[] b1 = params.get(1).getArray().toFloatArray();
            float[] w2 = params.get(2).getArray().toFloatArray();
            assertThat(w1).hasSize(100 * 400);
            // U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for weights and biases alike: fan_in 400 -> 0.05, 100 -> 0.1
            assertThat(maxAbs(w1)).isLessThanOrEqualTo(0.05f).isGreaterThan(0.049f);
            assertThat(maxAbs(b1)).isLessThanOrEqualTo(0.05f).isGreaterThan(0.04f);
            assertThat(maxAbs(w2)).isLessThanOrEqualTo(0.1f).isGreaterThan(0.099f);
            assertThat(b.trainableParameters().get(0).getArray().toFloatArray()).isEqualTo(w1);
            assertThat(c.trainableParameters().get(0).getArray().toFloatArray()).isNotEqualTo(w1);
        }
    }

    @Test
    void predictionNeedsTheModelsColumnsAndClasses() {
        Dataset train = Fixtures.blobs("blobs", new int[] {5, 5}, 3, 2, 1);
        Dataset renamed = Dataset.of("renamed", train.features(), train.rows(), train.cols(), train.labels(),
                List.of("x", "y"), train.featureNames());
        try (NetworkModel model = NetworkModel.create(ModelSpecs.parse("mlp:hidden=4").resolve(ModelInput.of(train)),
                train.classNames(), 1)) {
            int[] predicted = model.predict(train);
            assertThat(predicted).hasSize(10);
            assertThat(Arrays.stream(predicted).allMatch(p -> p == 0 || p == 1)).isTrue();
            assertThatThrownBy(() -> model.predict(renamed))
                    .hasMessage("dataset 'renamed' has classes [x, y], but the model predicts [class0, class1]");
        }
    }

    private static float maxAbs(float[] v) {
        float m = 0;
        for (float x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static float maxAbs(List<Float> v) {
        float m = 0;
        for (float x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
