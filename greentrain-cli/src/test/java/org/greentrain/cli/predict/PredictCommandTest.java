package org.greentrain.cli.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.greentrain.cli.predict.PredictFixtures.assertUsageError;
import static org.greentrain.cli.predict.PredictFixtures.csv;
import static org.greentrain.cli.predict.PredictFixtures.json;
import static org.greentrain.cli.predict.PredictFixtures.predict;
import static org.greentrain.cli.predict.PredictFixtures.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.train.TrainFixtures;
import org.greentrain.data.scale.ScalerFit;
import org.greentrain.data.scale.ScalingMethod;
import org.greentrain.data.split.Split;
import org.greentrain.train.io.ModelStore;
import org.greentrain.train.model.NetworkModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictCommandTest {

    @TempDir
    static Path shared;

    private static Path model;
    private static JsonNode trained;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAndSaveOnIris() throws IOException {
        model = shared.resolve("iris-model");
        trained = json(train("--dataset", "iris", "--model", "mlp:hidden=16", "--epochs", "15", "--batch", "16",
                "--lr", "0.02", "--save", model.toString(), "--json"));
    }

    @Test
    void predictionsOfTheTestRowsAreTheTrainedModelsAndTheirAccuracyIsTheOneTrainReported() throws Exception {
        Split split = PredictFixtures.irisSplit();
        Path test = csv(split.test(), dir.resolve("test.csv"));

        JsonNode r = json(predict("--model", model.toString(), "--input", test.toString(), "--json"));

        assertThat(r.get("accuracy").asDouble()).isEqualTo(trained.get("testAccuracy").asDouble());
        assertThat(r.get("macroF1").asDouble()).isEqualTo(trained.get("macroF1").asDouble());
        int[] expected;
        try (NetworkModel network = ModelStore.load(model)) {
            expected = network.predict(split.scaled(ScalingMethod.MIN_MAX, ScalerFit.TRAINING_PART).test());
        }
        List<String> classes = split.test().classNames();
        assertThat(r.get("predictions").findValuesAsText("predicted"))
                .containsExactlyElementsOf(Arrays.stream(expected).mapToObj(classes::get).toList());
        assertThat(r.get("predictions")).hasSize(38).allSatisfy(p -> {
            double sum = 0;
            for (String c : classes) {
                sum += p.get("probabilities").get(c).asDouble();
            }
            assertThat(sum).isCloseTo(1, within(1e-9));
            assertThat(p.get("probabilities").get(p.get("predicted").asText()).asDouble()).isGreaterThan(1.0 / 3);
        });
        assertThat(r.get("predictions").get(37).get("index").asInt()).isEqualTo(37);
        assertThat(r.get("rows").asInt()).isEqualTo(38);
        assertThat(r.get("labelColumn").asText()).isEqualTo("class");
        assertThat(r.get("scaling").asText()).isEqualTo("minmax");
        assertThat(r.get("evaluation").get("confusion").get("counts")).hasSize(3);
        assertThat(r.get("evaluation").get("classes").findValuesAsText("name")).containsExactlyElementsOf(classes);
        assertThat(r.get("evaluation").get("loss").asDouble()).isPositive();
        assertThat(r.get("inferenceJoules").asDouble()).isPositive();
        assertThat(r.get("joulesPer1000Predictions").asDouble())
                .isCloseTo(r.get("inferenceJoules").asDouble() * 1000 / 38, within(1e-9));
        assertThat(r.get("provenance").asText()).contains("tdp-estimate");
        assertThat(r.get("measurement").get("phases").findValuesAsText("label")).containsExactly("inference");
        assertThat(r.get("out").isNull()).isTrue();
        assertThat(r.get("environment").toString()).contains("djl").contains("pytorch");
    }

    @Test
    void columnsInAnotherOrderGiveTheSamePredictions() throws Exception {
        Path test = csv(PredictFixtures.irisSplit().test(), dir.resolve("test.csv"));
        Path shuffled = reorder(test, dir.resolve("shuffled.csv"), 3, 4, 1, 0, 2);
        Path asIs = dir.resolve("as-is.csv");
        Path reordered = dir.resolve("reordered.csv");

        assertThat(predict("--model", model.toString(), "--input", test.toString(), "--out", asIs.toString())
                .exitCode()).isZero();
        CliRun run = predict("--model", model.toString(), "--input", shuffled.toString(), "--out",
                reordered.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(reordered)).isEqualTo(Files.readAllLines(asIs)).hasSize(39);
        assertThat(run.out()).contains("output     " + reordered.toAbsolutePath());
    }

    @Test
    void unlabelledRowsGetTheirPredictionsAndProbabilities() throws Exception {
        Path test = csv(PredictFixtures.irisSplit().test(), dir.resolve("test.csv"));
        Path unlabelled = reorder(test, dir.resolve("new.csv"), 2, 0, 3, 1);
        Path labelledOut = dir.resolve("labelled.csv");
        Path out = dir.resolve("predictions.csv");
        assertThat(predict("--model", model.toString(), "--input", test.toString(), "--out", labelledOut.toString())
                .exitCode()).isZero();

        CliRun written = predict("--model", model.toString(), "--input", unlabelled.toString(), "--out",
                out.toString());
        CliRun printed = predict("--model", model.toString(), "--input", unlabelled.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("index,predicted,p_setosa,p_versicolor,p_virginica");
        assertThat(lines).isEqualTo(Files.readAllLines(labelledOut));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double sum = Double.parseDouble(cells[2]) + Double.parseDouble(cells[3]) + Double.parseDouble(cells[4]);
            assertThat(sum).isCloseTo(1, within(1e-6));
        }
        assertThat(written.out()).contains("no labels").doesNotContain("accuracy").doesNotContain("p(setosa)");
        assertThat(printed.out()).contains("input      new.csv: 38 rows, no labels")
                .containsPattern("index +predicted +p\\(setosa\\) +p\\(versicolor\\) +p\\(virginica\\)")
                .containsPattern("\n +37 +(setosa|versicolor|virginica) +\\d\\.\\d{4} ");
    }

    @Test
    void theTablesShowTheEvaluationTheConfusionMatrixAndTheEnergyPerThousandPredictions() {
        CliRun run = predict("--model", model.toString(), "--dataset", "iris", "--out",
                dir.resolve("p.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("model      " + model.toAbsolutePath() + ": mlp:hidden=16,activation=relu,dropout=0,"
                        + "batchnorm=off (131 parameters)")
                .contains("input      iris: 150 rows, labels in 'class'\n")
                .contains("scaling    minmax (saved with the model)\n")
                .containsPattern("class +support +predicted +precision +recall +F1")
                .containsPattern("\nsetosa +50 +\\d+ +[01]\\.\\d{4} ")
                .containsPattern("macro average +[01]\\.\\d{4} +[01]\\.\\d{4} +[01]\\.\\d{4}")
                .containsPattern("true \\\\ predicted +setosa +versicolor +virginica")
                .containsPattern("accuracy +\\d+\\.\\d\\d%")
                .containsPattern("predictions +150 \\([0-9,]+ per second\\)")
                .containsPattern("energy +[0-9.]+ k?J \\(plausible [0-9.]+ k?J \\.\\. [0-9.]+ k?J; tdp-estimate")
                .containsPattern("per 1,000 predictions +[0-9.e+-]+ J \\(inference; tdp-estimate")
                .containsPattern("carbon +[0-9.]+ m?g CO2e");
        assertThat(run.out().indexOf("per 1,000")).isGreaterThan(run.out().indexOf("true \\ predicted"));
    }

    @Test
    void anImageModelPredictsTheOfficialTestPartAsTrainEvaluatedIt() throws Exception {
        Path mnist = TrainFixtures.mnistSubset(Files.createDirectory(dir.resolve("mnist")), 200, 100);
        Path imageModel = dir.resolve("mnist-model");
        JsonNode t = json(train("--dataset", "mnist", "--data-dir", mnist.toString(), "--model", "mlp:hidden=8",
                "--epochs", "1", "--batch", "50", "--save", imageModel.toString(), "--json"));

        JsonNode r = json(predict("--model", imageModel.toString(), "--dataset", "mnist", "--data-dir",
                mnist.toString(), "--json", "--out", dir.resolve("digits.csv").toString()));

        assertThat(r.get("rows").asInt()).isEqualTo(100);
        assertThat(r.get("scaling").asText()).isEqualTo("none");
        assertThat(r.get("accuracy").asDouble()).isEqualTo(t.get("testAccuracy").asDouble());
        assertThat(r.has("predictions")).isFalse();
        assertThat(Files.readAllLines(dir.resolve("digits.csv"))).hasSize(101);
        Path iris = csv(PredictFixtures.irisSplit().test(), dir.resolve("iris.csv"));
        assertUsageError(predict("--model", imageModel.toString(), "--input", iris.toString()),
                "the model takes 1x28x28 images (784 values per row), but iris.csv has 4 feature columns");
    }

    @Test
    void aModelTrainedOnOneHotColumnsReadsCategoriesFromLabelledAndUnlabelledFiles() throws Exception {
        Path colors = PredictFixtures.colorsCsv(dir.resolve("colors.csv"));
        Path oneHot = dir.resolve("colors-model");
        json(train("--input", colors.toString(), "--label", "kind", "--one-hot", "--model", "mlp:hidden=8",
                "--epochs", "5", "--batch", "16", "--save", oneHot.toString(), "--json"));
        Path all = dir.resolve("all.csv");
        assertThat(predict("--model", oneHot.toString(), "--input", colors.toString(), "--out", all.toString())
                .exitCode()).isZero();
        List<String> expected = Files.readAllLines(all);

        List<String> noGreen = new ArrayList<>(List.of("weight,color,size"));
        List<String> noGreenLabelled = new ArrayList<>(List.of("color,kind,weight,size"));
        List<Integer> kept = new ArrayList<>();
        List<String> rows = Files.readAllLines(colors);
        for (int i = 1; i < rows.size(); i++) {
            String[] c = rows.get(i).split(",");
            if (!c[2].equals("green")) {
                noGreen.add(c[3] + "," + c[2] + "," + c[0]);
                noGreenLabelled.add(c[2] + "," + c[1] + "," + c[3] + "," + c[0]);
                kept.add(i);
            }
        }
        Path unlabelled = Files.write(dir.resolve("new.csv"), noGreen);
        Path labelled = Files.write(dir.resolve("labelled.csv"), noGreenLabelled);
        Path fromRaw = dir.resolve("from-raw.csv");
        Path fromExpanded = dir.resolve("from-expanded.csv");
        CliRun raw = predict("--model", oneHot.toString(), "--input", unlabelled.toString(), "--out",
                fromRaw.toString());
        CliRun expanded = predict("--model", oneHot.toString(), "--input", labelled.toString(), "--out",
                fromExpanded.toString());

        assertThat(raw.exitCode()).as(raw.err()).isZero();
        assertThat(expanded.exitCode()).as(expanded.err()).isZero();
        List<String> fromFile = Files.readAllLines(fromRaw);
        assertThat(Files.readAllLines(fromExpanded)).isEqualTo(fromFile);
        for (int k = 0; k < kept.size(); k++) {
            String want = expected.get(kept.get(k));
            assertThat(fromFile.get(k + 1).substring(fromFile.get(k + 1).indexOf(',')))
                    .isEqualTo(want.substring(want.indexOf(',')));
        }
        Files.writeString(unlabelled, "weight,color,size\n210.5,purple,10.2\n");
        assertUsageError(predict("--model", oneHot.toString(), "--input", unlabelled.toString()),
                "new.csv line 2, column 'color': 'purple' is not one of the categories the model was trained on:"
                        + " blue, green, red");
    }

    /** {@code file} with its comma-separated columns in the order {@code columns} (a subset drops the rest). */
    private static Path reorder(Path file, Path target, int... columns) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.split(",");
            List<String> picked = new ArrayList<>();
            for (int c : columns) {
                picked.add(cells[c]);
            }
            out.add(String.join(",", picked));
        }
        return Files.write(target, out);
    }
}
