package org.greentrain.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greentrain.cli.train.TrainFixtures.json;
import static org.greentrain.cli.train.TrainFixtures.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.greentrain.cli.CliRun;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.scale.ScalerFit;
import org.greentrain.data.scale.ScalingMethod;
import org.greentrain.data.split.Splits;
import org.greentrain.train.io.ModelStore;
import org.greentrain.train.model.NetworkModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheEpochTableThenTheFinalFigures() {
        CliRun run = train("--dataset", "iris", "--model", "mlp:hidden=16", "--epochs", "3", "--batch", "16", "--lr",
                "0.01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("model      mlp:hidden=16,activation=relu,dropout=0,batchnorm=off (131 parameters)")
                .contains("data       iris: 112 training rows, 38 test rows\n")
                .contains("split      stratified 25% test, seed 1234\n")
                .contains("scaling    minmax (fitted on the training part)\n")
                .contains("adam:lr=0.01,beta1=0.9,beta2=0.999,eps=1e-8,weight_decay=0, batch 16, seed 1234")
                .containsPattern("epoch +rows +loss +train acc +test acc +seconds +samples/s +energy")
                .containsPattern("\n +3 +112 +\\d\\.\\d{4} +\\d+\\.\\d\\d% +\\d+\\.\\d\\d% ")
                .containsPattern("test accuracy +\\d+\\.\\d\\d%")
                .containsPattern("macro-F1 +\\d\\.\\d{4}")
                .containsPattern("time +\\d+\\.\\d\\d s")
                .containsPattern("energy +[0-9.]+ k?J \\(plausible [0-9.]+ k?J \\.\\. [0-9.]+ k?J; tdp-estimate")
                .containsPattern("carbon +[0-9.]+ m?g CO2e \\(475\\.0 gCO2e/kWh, WORLD\\)");
        assertThat(run.out().indexOf("test accuracy")).isGreaterThan(run.out().indexOf("samples/s"));
    }

    @Test
    void jsonHasTheHeadlineFiguresTheEpochsAndTheirProvenance() throws Exception {
        JsonNode r = json(train("--dataset", "iris", "--model", "mlp:hidden=16", "--epochs", "3", "--batch", "16",
                "--optimizer", "adam:beta2=0.99,weight_decay=0.0001", "--lr", "0.02", "--seed", "1",
                "--class-weights", "balanced", "--early-stop", "loss:5", "--country", "FRA", "--json"));

        assertThat(r.get("testAccuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(r.get("macroF1").asDouble()).isBetween(0.0, 1.0);
        assertThat(r.get("durationSeconds").asDouble()).isPositive();
        assertThat(r.get("energyJoules").asDouble()).isPositive();
        assertThat(r.get("energyUpperJoules").asDouble()).isGreaterThan(r.get("energyJoules").asDouble());
        assertThat(r.get("co2eGrams").asDouble()).isPositive();
        assertThat(r.get("provenance").asText()).contains("tdp-estimate");
        assertThat(r.get("parameters").asLong()).isEqualTo(131);
        assertThat(r.get("split").asText()).isEqualTo("stratified 25% test, seed 1");
        assertThat(r.get("config").get("optimizer").asText())
                .isEqualTo("adam:lr=0.02,beta1=0.9,beta2=0.99,eps=1e-8,weight_decay=0.0001");
        assertThat(r.get("config").get("classWeights").asText()).isEqualTo("balanced");
        assertThat(r.get("config").get("earlyStopping").asText()).isEqualTo("loss:5");
        assertThat(r.get("config").get("initSeed").asLong()).isEqualTo(1);
        assertThat(r.get("epochs")).hasSize(3).allSatisfy(e -> {
            assertThat(e.get("trainLoss").asDouble()).isPositive();
            assertThat(e.get("testAccuracy").asDouble()).isBetween(0.0, 1.0);
            assertThat(e.get("samplesPerSecond").asDouble()).isPositive();
            assertThat(e.get("energyJoules").asDouble()).isPositive();
            assertThat(e.get("energyProvenance").asText()).contains("tdp-estimate");
        });
        assertThat(r.get("test").get("confusion").get("counts")).hasSize(3);
        assertThat(r.get("measurement").get("carbon").get("country").asText()).isEqualTo("FRA");
        assertThat(r.get("measurement").get("phases").get(0).get("label").asText()).isEqualTo("epoch-1");
        assertThat(r.get("environment").get("cpuModel").asText()).isNotBlank();
        assertThat(r.get("environment").toString()).contains("djl").contains("pytorch");
        assertThat(r.get("threads").asInt()).isPositive();
        assertThat(r.get("reduction").isNull()).isTrue();
    }

    @Test
    void trainsSimpleCnnOnAFewHundredMnistImagesWithTheOfficialSplitUnscaled() throws Exception {
        Path data = TrainFixtures.mnistSubset(Files.createDirectory(dir.resolve("mnist")), 400, 200);

        JsonNode r = json(train("--dataset", "mnist", "--data-dir", data.toString(), "--model",
                "simplecnn:conv=2,linear=3", "--epochs", "1", "--batch", "64", "--lr", "0.005", "--threads", "2",
                "--json"));

        assertThat(r.get("parameters").asLong()).isEqualTo(252_568);
        assertThat(r.get("trainRows").asInt()).isEqualTo(400);
        assertThat(r.get("testRows").asInt()).isEqualTo(200);
        assertThat(r.get("split").asText()).isEqualTo("official");
        assertThat(r.get("scaling").asText()).isEqualTo("none");
        assertThat(r.get("threads").asInt()).isEqualTo(2);
        assertThat(r.get("testAccuracy").asDouble()).isGreaterThan(0.3);
    }

    @Test
    void trainsOnTheUsersCsvWithAStratifiedSplitAndScalingFittedOnTheTrainingPart() throws Exception {
        Path csv = TrainFixtures.blobsCsv(dir.resolve("blobs.csv"));

        JsonNode r = json(train("--input", csv.toString(), "--label", "kind", "--model", "mlp:hidden=8", "--epochs",
                "40", "--batch", "16", "--lr", "0.05", "--test-fraction", "0.2", "--scale", "zscore", "--json"));

        assertThat(r.get("dataset").asText()).isEqualTo("blobs.csv");
        assertThat(r.get("trainRows").asInt()).isEqualTo(96);
        assertThat(r.get("testRows").asInt()).isEqualTo(24);
        assertThat(r.get("scaling").asText()).isEqualTo("zscore (fitted on the training part)");
        assertThat(r.get("classNames")).hasSize(3);
        assertThat(r.get("testAccuracy").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void unscaledFeaturesAroundAThousandAreLeftAsTheyAreWithScaleNone() throws Exception {
        Path csv = TrainFixtures.blobsCsv(dir.resolve("blobs.csv"));

        JsonNode r = json(train("--input", csv.toString(), "--label", "kind", "--model", "mlp:hidden=8", "--epochs",
                "1", "--scale", "none", "--json"));

        assertThat(r.get("scaling").asText()).isEqualTo("none");
    }

    @Test
    void savesAModelTrainedOnAReducedSetThatLoadsBackAndPredicts() throws Exception {
        Path target = dir.resolve("model");

        JsonNode r = json(train("--dataset", "iris", "--model", "mlp:hidden=16", "--epochs", "2", "--batch", "16",
                "--reduce", "srs:0.5", "--save", target.toString(), "--json"));

        assertThat(r.get("dataPlan").asText()).isEqualTo("srs:0.5");
        JsonNode reduction = r.get("reduction");
        assertThat(reduction.get("method").asText()).isEqualTo("srs");
        assertThat(reduction.get("rowsBefore").asInt()).isEqualTo(112);
        assertThat(reduction.get("rowsAfter").asInt()).isBetween(50, 60);
        assertThat(reduction.get("cost").get("provenance").asText()).contains("tdp-estimate");
        assertThat(r.get("epochs").get(0).get("trainRows").asInt()).isEqualTo(reduction.get("rowsAfter").asInt());
        assertThat(r.get("savedTo").asText()).isEqualTo(target.toAbsolutePath().toString());
        assertThat(target.resolve(ModelStore.TRAINING_JSON)).exists();
        Dataset iris = BuiltinDatasets.load("iris").train();
        Dataset test = Splits.stratified(iris, 0.25, 1234).scaled(ScalingMethod.MIN_MAX, ScalerFit.TRAINING_PART)
                .test();
        try (NetworkModel model = ModelStore.load(target)) {
            assertThat(model.architecture().spec()).isEqualTo(r.get("model").asText());
            assertThat(model.evaluate(test).accuracy()).isEqualTo(r.get("testAccuracy").asDouble());
        }
    }

    @Test
    void forgettingEventsPreTrainThenContinueOnTheSelectedRows() throws Exception {
        JsonNode r = json(train("--dataset", "iris", "--model", "mlp:hidden=16", "--epochs", "3", "--batch", "16",
                "--reduce", "fes:0.5,init=1", "--json"));

        assertThat(r.get("reduction").get("method").asText()).isEqualTo("fes");
        assertThat(r.get("epochs").findValuesAsText("stage")).containsExactly("fes-pretrain", "fes-reduced",
                "fes-reduced");
    }

    @Test
    void theTablesShowTheStagesOfForgettingEventsAndWhereTheModelWasSaved() {
        Path target = dir.resolve("fes-model");
        CliRun run = train("--dataset", "iris", "--model", "mlp:hidden=16", "--epochs", "2", "--batch", "16",
                "--reduce", "fes:0.5,init=1", "--save", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("epoch +stage +rows").contains("fes-pretrain").contains("fes-reduced")
                .containsPattern("reduction +fes kept \\d+ of 112 rows")
                .containsPattern("saved to +" + Pattern.quote(target.toAbsolutePath().toString()));
    }
}
