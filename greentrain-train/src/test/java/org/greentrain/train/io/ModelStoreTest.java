package org.greentrain.train.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.greentrain.train.Fixtures;
import org.greentrain.train.model.NetworkModel;
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
            ModelStore.save(fitted.model(), fitted.result(), dir);
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
            ModelStore.save(fitted.model(), null, dir);
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
                org.greentrain.train.spec.ModelInput.of(train)), train.classNames(), 1)) {
            assertThatThrownBy(() -> ModelStore.save(model, null, tmp))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(tmp.toAbsolutePath() + " already exists: save the model to a new or empty directory");
        }
        assertThat(tmp.resolve("keep.txt")).hasContent("precious");
        assertThatThrownBy(() -> ModelStore.load(tmp))
                .hasMessage(tmp + " is not a saved greentrain model: it needs spec.txt and input.json");
    }

    private static Dataset tinyImages() {
        Dataset blobs = Fixtures.blobs("images", new int[] {20, 20}, 64, 1, 41);
        return new Dataset("images", blobs.features(), blobs.rows(), 64, blobs.labels(), blobs.classNames(),
                blobs.featureNames(), null, new ImageShape(1, 8, 8));
    }
}
