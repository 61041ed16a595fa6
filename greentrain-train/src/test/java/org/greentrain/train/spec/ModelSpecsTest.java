package org.greentrain.train.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greentrain.data.ImageShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelSpecsTest {

    private static final ModelInput MNIST = new ModelInput(784, new ImageShape(1, 28, 28), 10);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "simplecnn; simplecnn:conv=2,linear=3,relu=on",
        "SimpleCNN:relu=off ; simplecnn:conv=2,linear=3,relu=off",
        "mlp:hidden=50-45-40,dropout=0.25,activation=relu,batchnorm=off; mlp:hidden=50-45-40,activation=relu,dropout=0.25,batchnorm=off",
        "mlp:hidden=none,activation=tanh; mlp:hidden=none,activation=tanh,dropout=0,batchnorm=off",
        "mlp-paper; mlp-paper:dropout=0.25",
        "densepoly:linear=7; densepoly:linear=7",
        "denselinear; denselinear:linear=3",
        "cnn:conv=16k3p1-bn-relu-max2/32k5s2-avg2,hidden=64; cnn:conv=16k3p1-bn-relu-max2/32k5s2p0-avg2,hidden=64,activation=relu,dropout=0,batchnorm=off",
    })
    void compactFormHasOneCanonicalString(String text, String canonical) {
        ModelSpec spec = ModelSpecs.parse(text);

        assertThat(spec.canonical()).isEqualTo(canonical);
        assertThat(ModelSpecs.parse(spec.canonical())).isEqualTo(spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "simplecnn:conv=3,linear=4,relu=off",
        "mlp:hidden=8-4,activation=sigmoid,dropout=0.125,batchnorm=on",
        "mlp-paper:dropout=0.5",
        "cnn:conv=8k3p1-bn-tanh-max2/4k1p0,hidden=none,activation=none,dropout=0.5,batchnorm=on",
    })
    void jsonRoundTripsToTheSameSpec(String text) {
        ModelSpec spec = ModelSpecs.parse(text);

        String json = ModelSpecs.toJson(spec);

        assertThat(ModelSpecs.fromJson(json)).isEqualTo(spec);
        assertThat(ModelSpecs.parse(json)).isEqualTo(spec);
    }

    @Test
    void handWrittenJsonFileParsesLikeTheCompactForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, """
                {"model": "cnn",
                 "conv": [{"channels": 16, "kernel": 3, "padding": 1, "batchnorm": true, "activation": "relu",
                           "pool": "max2"},
                          {"channels": 32, "kernel": 3, "padding": 1}],
                 "hidden": [128, 64], "dropout": 0.5}
                """);

        ModelSpec spec = ModelSpecs.read(file);

        assertThat(spec).isEqualTo(ModelSpecs.parse(
                "cnn:conv=16k3p1-bn-relu-max2/32k3p1,hidden=128-64,dropout=0.5"));
        assertThat(((CnnSpec) spec).conv().get(0))
                .isEqualTo(new ConvBlock(16, 3, 1, 1, true, Activation.RELU, Pooling.max(2)));
    }

    @Test
    void jsonConvBlocksHaveAllFields() {
        String json = ModelSpecs.toJson(ModelSpecs.parse("cnn:conv=8k3p1-bn-relu-max2"));

        assertThat(json).contains("\"model\" : \"cnn\"", "\"channels\" : 8", "\"pool\" : \"max2\"",
                "\"batchnorm\" : true", "\"hidden\" : [ ]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "resnet:layers=50; unknown model 'resnet'; valid models: mlp, mlp-paper, cnn, simplecnn, densepoly, denselinear",
        "mlp:hidden=8,foo=1; model spec 'mlp:hidden=8,foo=1': unknown key 'foo'; valid keys for mlp: hidden, activation, dropout, batchnorm",
        "simplecnn:conv=2,lineer=3; unknown key 'lineer'; valid keys for simplecnn: conv, linear, relu",
        "mlp:activation=relu; needs hidden=W1-W2-..., for example mlp:hidden=64-32",
        "mlp:hidden=8,dropout=1; dropout must be in [0, 1), got 1",
        "mlp:hidden=8-x; hidden width must be an integer",
        "mlp:hidden=8,activation=gelu; unknown activation 'gelu'; valid: relu, tanh, sigmoid, none",
        "simplecnn:relu=maybe; relu must be on or off, got 'maybe'",
        "simplecnn:conv=0; conv must be in [1, 10], got 0",
        "cnn:conv=16x3; conv block '16x3' must start with <channels>k<kernel>",
        "cnn:conv=16k3-bn-swish; conv block '16k3-bn-swish': unknown part 'swish'",
        "mlp:hidden=8,hidden=9; key 'hidden' is given twice",
        "mlp:hidden; setting 'hidden' is not key=value",
        "{\"hidden\": [8]}; needs a \"model\" field naming one of",
        "{\"model\": \"mlp\", \"hidden\": [8], \"drop\": 0.1}; unknown key 'drop'; valid keys for mlp",
        "{\"model\": \"cnn\", \"conv\": [{\"channels\": 8, \"kernel\": 3, \"pad\": 1}]}; conv block JSON: unknown field 'pad'",
        "{\"model\": \"mlp\",; model spec JSON is malformed",
    })
    void badSpecsFailWithOneLineMessages(String text, String message) {
        assertThatThrownBy(() -> ModelSpecs.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void tooManyPoolingLayersAreRejectedBeforeTraining() {
        ModelSpec spec = ModelSpecs.parse("simplecnn:conv=6");

        assertThatThrownBy(() -> spec.resolve(MNIST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("simplecnn:conv=6,linear=3,relu=on does not fit 1x28x28: conv block 5 max-pool would "
                        + "reduce 1x1 to 0x0");
    }

    @Test
    void fiveBlocksFitCifarButNotMnist() {
        ModelSpec spec = ModelSpecs.parse("simplecnn:conv=5");

        assertThat(spec.resolve(new ModelInput(3072, new ImageShape(3, 32, 32), 10)).describe())
                .contains("max-pool 2 -> 1x1");
        assertThatThrownBy(() -> spec.resolve(MNIST)).hasMessageContaining("conv block 5 max-pool");
    }

    @Test
    void aKernelLargerThanTheMapIsRejected() {
        ModelSpec spec = ModelSpecs.parse("cnn:conv=4k5-max2/4k5-max2/4k5");

        assertThatThrownBy(() -> spec.resolve(MNIST))
                .hasMessage("cnn:conv=4k5p0-max2/4k5p0-max2/4k5p0,hidden=none,activation=relu,dropout=0,batchnorm=off"
                        + " does not fit 1x28x28: conv block 3 convolution (kernel 5, stride 1, padding 0) would "
                        + "reduce 4x4 to 0x0");
    }

    @Test
    void convolutionalSpecsNeedImages() {
        ModelInput tabular = new ModelInput(57, null, 2);

        assertThatThrownBy(() -> ModelSpecs.parse("simplecnn").resolve(tabular))
                .hasMessage("simplecnn:conv=2,linear=3,relu=on needs image input (CxHxW), but the data is tabular "
                        + "with 57 features");
    }

    @Test
    void mlpLayersAreLinearBatchNormActivationDropout() {
        Architecture arch = ModelSpecs.parse("mlp:hidden=16,batchnorm=on,dropout=0.5,activation=tanh")
                .resolve(MNIST);

        assertThat(arch.describe()).containsExactly("linear 784->16", "batchnorm 16", "tanh", "dropout 0.5",
                "linear 16->10");
        assertThat(arch.takesImages()).isFalse();
        assertThat(arch.exampleShape()).containsExactly(784);
    }

    @Test
    void cnnTakesImagesAndFlattensBeforeTheHead() {
        Architecture arch = ModelSpecs.parse("cnn:conv=4k3p1-relu-max2,hidden=8").resolve(MNIST);

        assertThat(arch.describe()).containsExactly("conv 1->4 k3 p1 -> 4x28x28", "relu", "max-pool 2 -> 14x14",
                "flatten 784", "linear 784->8", "relu", "linear 8->10");
        assertThat(arch.exampleShape()).containsExactly(1, 28, 28);
        assertThat(arch.parameterCount()).isEqualTo(4 * 9 + 4 + 784 * 8 + 8 + 8 * 10 + 10);
    }

    @Test
    void familiesAreListed() {
        assertThat(ModelSpecs.families()).isEqualTo(List.of("mlp", "mlp-paper", "cnn", "simplecnn", "densepoly",
                "denselinear"));
    }
}
