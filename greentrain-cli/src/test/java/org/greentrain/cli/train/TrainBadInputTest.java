package org.greentrain.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greentrain.cli.train.TrainFixtures.assertUsageError;
import static org.greentrain.cli.train.TrainFixtures.train;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is one line on stderr and exit code 2, before any training where it can be known before. */
class TrainBadInputTest {

    @TempDir
    Path dir;

    private static CliRun iris(String... extra) {
        String[] base = {"--dataset", "iris", "--model", "mlp:hidden=8", "--epochs", "1"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return train(all);
    }

    @Test
    void aSpecThatDoesNotFitTheImagesNamesTheLayerAndTheShape() throws Exception {
        Path mnist = TrainFixtures.mnistSubset(Files.createDirectory(dir.resolve("mnist")), 20, 10);

        assertUsageError(train("--dataset", "mnist", "--data-dir", mnist.toString(), "--model",
                "simplecnn:conv=6"), "does not fit 1x28x28: conv block 5 max-pool would reduce 1x1 to 0x0");
        assertUsageError(train("--dataset", "iris", "--model", "simplecnn:conv=2"),
                "needs image input (CxHxW), but the data is tabular with 4 features");
        assertUsageError(train("--dataset", "iris", "--model", "transformer:layers=2"),
                "unknown model 'transformer'; valid models: mlp,");
    }

    @Test
    void aDivergingLossNamesTheEpochAndBatchAndSuggestsALowerLearningRate() {
        assertUsageError(train("--dataset", "iris", "--model", "mlp-paper", "--epochs", "3", "--batch", "16", "--lr",
                "1e6", "--quiet"), "training diverged: the loss became NaN at epoch 1, batch ",
                "lower the learning rate");
    }

    @Test
    void unknownNamesListTheValidOnes() {
        assertUsageError(train("--dataset", "cifar-11", "--model", "mlp-paper"),
                "unknown dataset 'cifar-11'; known datasets: mnist, fashion-mnist, spambase, mushroom, sonar, iris");
        assertUsageError(iris("--optimizer", "adam:gamma=0.5"),
                "unknown key 'gamma'; valid keys for adam: lr, beta1, beta2, eps, weight_decay");
        assertUsageError(iris("--optimizer", "rmsprop"), "unknown optimizer 'rmsprop'; valid optimizers: adam, sgd");
        assertUsageError(iris("--optimizer", "adam:lr=0.1", "--lr", "0.01"), "the learning rate is given twice");
    }

    @Test
    void badReductionPlansAreRefused() {
        assertUsageError(iris("--reduce", "magic:0.3"), "unknown reduction method 'magic'; valid: srs");
        assertUsageError(iris("--reduce", "srs:1.5"), "keep fraction must be in (0, 1], got 1.5");
        assertUsageError(iris("--reduce", "srs:0"), "keep fraction must be in (0, 1], got 0.0");
        assertUsageError(iris("--reduce", "fes:0.5"), "forgetting events take exactly one setting, init=EPOCHS");
        assertUsageError(iris("--reduce", "fes:0.5,init=3"), "forgetting events pre-train 3 epochs but the run has 1");
    }

    @Test
    void missingFilesAndColumnsAreNamed() throws Exception {
        assertUsageError(train("--input", dir.resolve("nope.csv").toString(), "--model", "mlp-paper"),
                "nope.csv does not exist or is not a file");
        Path csv = TrainFixtures.blobsCsv(dir.resolve("blobs.csv"));
        assertUsageError(train("--input", csv.toString(), "--label", "colour", "--model", "mlp-paper"),
                "has no column 'colour'");
    }

    @Test
    void badOptionValuesAreRefused() throws Exception {
        assertUsageError(iris("--test-fraction", "1.5"), "1.5");
        assertUsageError(iris("--early-stop", "soon"), "early stopping must be loss:PATIENCE");
        assertUsageError(iris("--class-weights", "heavy"), "class weights must be none, balanced or numbers");
        assertUsageError(iris("--threads", "0"), "--threads must be at least 1, got 0");
        assertUsageError(iris("--scale", "log"), "--scale");
        Path mnist = TrainFixtures.mnistSubset(Files.createDirectory(dir.resolve("mnist")), 20, 10);
        assertUsageError(train("--dataset", "mnist", "--data-dir", mnist.toString(), "--model", "simplecnn",
                "--test-fraction", "0.3"), "--test-fraction applies to data without a test part");
    }

    @Test
    void aSaveTargetWithFilesIsRefusedBeforeTraining() throws Exception {
        Path target = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(target.resolve("keep.txt"), "mine");

        assertUsageError(iris("--save", target.toString()), "--save " + target + " already exists");
        assertThat(target.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aSaveTargetThatCannotBeMadeIsRefusedBeforeTraining() throws Exception {
        Path file = Files.writeString(dir.resolve("red.json"), "{}");

        assertUsageError(iris("--save", file.resolve("m").toString()),
                "--save " + file.resolve("m") + ": " + file + " is not a directory");
        assertUsageError(iris("--save", dir.resolve("no/such/m").toString()),
                "directory " + dir.resolve("no/such") + " does not exist; create it first");
        assertThat(file).hasContent("{}");
        assertThat(dir.resolve("no")).doesNotExist();
    }
}
