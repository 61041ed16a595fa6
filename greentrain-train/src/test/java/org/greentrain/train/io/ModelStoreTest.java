package org.greentrain.train.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.greentrain.data.scale.FeatureScaler;
import org.greentrain.data.scale.ScalingMethod;
import org.greentrain.train.Fixtures;
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.FittedModel;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    private final Trainer trainer = new Trainer(Fixtures.meter());

    @Test
    void aSavedMlpLoadsBackWithTheSamePredictions(@TempDir Path tmp) throws Exception {
        Dataset train = Fixtures.blobs("blobs", new int[] {40, 40, 40}, 5, 2, 31);
        Path dir = tmp.resolve("model");
        try (FittedModel fitted = trainer.fit(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=12-6,dropout=0.3"),
                train, train).withConfig(TrainingConfig.defaults().withBatchSize(16).withEpochs(3)))) {
            ModelStore.save(fitted.model(), fitted.result(), InputSchema.unscaled(train.featureNames(), "label"),
                    dir);
            int[] before = fitted.model().predict(train);

            try (NetworkModel loaded = ModelStore.load(dir)) {
                assertThat(loaded.predict(train)).isEqualTo(before);
                assertThat(loaded.evaluate(train)).isEqualTo(fitted.model().evaluate(train));
                assertThat(loaded.architecture()).isEqualTo(fitted.model().architecture());
            }
        }
        assertThat(dir.resolve("greentrain-0000.params")).isRegularFile();
        assertThat(Files.readString(dir.resolve(ModelStore.SPEC_TEXT)).trim())
                .isEqualTo("mlp:hidden=12-6,activation=relu,dropout=0.3,batchnorm=off");
        assertThat(ModelSpecs.read(dir.resolve(ModelStore.SPEC_JSON)))
                .isEqualTo(ModelSpecs.parse("mlp:hidden=12-6,dropout=0.3"));
        String training = Files.readString(dir.resolve(ModelStore.TRAINING_JSON));
        assertThat(training).contains("\"spec\" : \"mlp:hidden=12-6,activation=relu,dropout=0.3,batchnorm=off\"",
                "\"optimizer\" : \"adam:lr=0.001,beta1=0.9,beta2=0.999,eps=1e-8,weight_decay=0\"",
                "\"classWeights\" : \"none\"", "\"epochs\" : [", "\"energyJoules\"", "\"macroF1\"",
                "\"startedAt\" : \"20");
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-"));
    }

    @Test
    void batchNormRunningStatisticsSurviveSaveAndLoad(@TempDir Path tmp) {
        Dataset images = tinyImages();
        Path dir = tmp.resolve("cnn");
        try (FittedModel fitted = trainer.fit(TrainingRequest.of(
                ModelSpecs.parse("cnn:conv=4k3p1-bn-relu-max2,hidden=8,batchnorm=on"), images, null)
                .withConfig(TrainingConfig.defaults().withBatchSize(8).withEpochs(2)))) {
            ModelStore.save(fitted.model(), null, InputSchema.unscaled(images.featureNames(), "digit"), dir);
            try (NetworkModel loaded = ModelStore.load(dir)) {
                assertThat(loaded.predict(images)).isEqualTo(fitted.model().predict(images));
            }
        }
        assertThat(dir.resolve(ModelStore.TRAINING_JSON)).doesNotExist();
    }

    @Test
    void refusesToOverwriteAndToLoadANonModel(@TempDir Path tmp) throws Exception {
        Dataset train = Fixtures.blobs("blobs", new int[] {10, 10}, 2, 3, 1);
        Files.writeString(tmp.resolve("keep.txt"), "precious");
        try (NetworkModel model = NetworkModel.create(ModelSpecs.parse("mlp:hidden=4").resolve(
                ModelInput.of(train)), train.classNames(), 1)) {
            InputSchema schema = InputSchema.unscaled(train.featureNames(), "label");
            assertThatThrownBy(() -> ModelStore.save(model, null, schema, tmp))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(tmp.toAbsolutePath() + " already exists: save the model to a new or empty directory");
        }
        assertThat(tmp.resolve("keep.txt")).hasContent("precious");
        assertThatThrownBy(() -> ModelStore.load(tmp))
                .hasMessage(tmp + " is not a saved greentrain model: it needs spec.txt and input.json");
    }

    @Test
    void aModelSavedWithItsScalerPredictsRawRowsAsTheTrainedModelPredictsScaledOnes(@TempDir Path tmp)
            throws Exception {
        Dataset raw = shifted(Fixtures.blobs("blobs", new int[] {30, 30, 30}, 4, 3, 5), 500, 40);
        FeatureScaler scaler = ScalingMethod.Z_SCORE.fit(raw);
        Dataset scaled = scaler.apply(raw);
        Path dir = tmp.resolve("model");
        try (FittedModel fitted = trainer.fit(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=8"), scaled, scaled)
                .withConfig(TrainingConfig.defaults().withBatchSize(16).withEpochs(3)))) {
            ModelStore.save(fitted.model(), fitted.result(), new InputSchema(raw.featureNames(), "kind", scaler),
                    dir);

            try (SavedModel saved = ModelStore.loadSaved(dir)) {
                ClassProbabilities p = saved.predict(raw.features(), raw.name());
                assertThat(p.predicted()).isEqualTo(fitted.model().predict(scaled));
                assertThat(saved.input().featureNames()).isEqualTo(raw.featureNames());
                assertThat(saved.input().labelColumn()).isEqualTo("kind");
                assertThat(saved.input().scaling()).isEqualTo("zscore");
                assertThat(saved.classNames()).isEqualTo(raw.classNames());
                assertThat(saved.directory()).isEqualTo(dir);
                for (int c = 0; c < raw.cols(); c++) {
                    assertThat(saved.input().scaler().shift(c)).isEqualTo(scaler.shift(c));
                    assertThat(saved.input().scaler().divisor(c)).isEqualTo(scaler.divisor(c));
                }
            }
        }
        String input = Files.readString(dir.resolve(ModelStore.INPUT_JSON));
        assertThat(input).contains("\"featureNames\" : [ \"x0\", \"x1\", \"x2\", \"x3\" ]",
                "\"labelColumn\" : \"kind\"", "\"classes\" : [ \"class0\", \"class1\", \"class2\" ]");
        assertThat(Files.readString(dir.resolve(ModelStore.SCALER_JSON))).contains("\"method\" : \"zscore\"",
                "\"shift\" : [", "\"divisor\" : [");
    }

    @Test
    void anUnscaledModelSavesScalingNone(@TempDir Path tmp) throws Exception {
        Dataset train = Fixtures.blobs("blobs", new int[] {10, 10}, 2, 3, 1);
        Path dir = tmp.resolve("model");
        try (NetworkModel model = NetworkModel.create(ModelSpecs.parse("mlp:hidden=4").resolve(ModelInput.of(train)),
                train.classNames(), 1)) {
            ModelStore.save(model, null, InputSchema.unscaled(train.featureNames(), "label"), dir);
            try (SavedModel saved = ModelStore.loadSaved(dir)) {
                assertThat(saved.input().scaler()).isNull();
                assertThat(saved.input().scaling()).isEqualTo("none");
                assertThat(saved.predict(train.features(), "train").predicted()).isEqualTo(model.predict(train));
            }
        }
        assertThat(Files.readString(dir.resolve(ModelStore.SCALER_JSON))).contains("\"method\" : \"none\"");
    }

    @Test
    void aDirectorySavedWithoutItsScalingLoadsAsANetworkButNotForPrediction(@TempDir Path tmp) throws Exception {
        Dataset train = Fixtures.blobs("blobs", new int[] {10, 10}, 2, 3, 1);
        Path dir = tmp.resolve("old");
        try (NetworkModel model = NetworkModel.create(ModelSpecs.parse("mlp:hidden=4").resolve(ModelInput.of(train)),
                train.classNames(), 1)) {
            ModelStore.save(model, null, InputSchema.unscaled(train.featureNames(), "label"), dir);
        }
        Files.delete(dir.resolve(ModelStore.SCALER_JSON));

        try (NetworkModel network = ModelStore.load(dir)) {
            assertThat(network.classNames()).isEqualTo(train.classNames());
        }
        assertThatThrownBy(() -> ModelStore.loadSaved(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir + " was saved without its feature scaling (scaler.json), by an older greentrain:"
                        + " train it again with --save to predict with it");
        assertThatThrownBy(() -> ModelStore.loadSaved(tmp.resolve("nowhere")))
                .hasMessage(tmp.resolve("nowhere") + " does not exist or is not a directory: give the directory that"
                        + " 'greentrain train --save DIR' wrote");
    }

    @Test
    void aSchemaOfAnotherWidthIsRefused(@TempDir Path tmp) {
        Dataset train = Fixtures.blobs("blobs", new int[] {10, 10}, 2, 3, 1);
        try (NetworkModel model = NetworkModel.create(ModelSpecs.parse("mlp:hidden=4").resolve(ModelInput.of(train)),
                train.classNames(), 1)) {
            InputSchema schema = InputSchema.unscaled(List.of("a", "b", "c"), "label");
            assertThatThrownBy(() -> ModelStore.save(model, null, schema, tmp.resolve("m")))
                    .hasMessage("the input schema names 3 features, but the model takes 2");
        }
        assertThat(tmp.resolve("m")).doesNotExist();
    }

    /** The rows with every feature multiplied by {@code scale} and moved by {@code offset}: far from [0, 1]. */
    private static Dataset shifted(Dataset data, float offset, float scale) {
        float[] x = data.features().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] = offset + scale * x[i];
        }
        return data.withFeatures(x);
    }

    private static Dataset tinyImages() {
        Dataset blobs = Fixtures.blobs("images", new int[] {20, 20}, 64, 1, 41);
        return new Dataset("images", blobs.features(), blobs.rows(), 64, blobs.labels(), blobs.classNames(),
                blobs.featureNames(), null, new ImageShape(1, 8, 8));
    }
}
