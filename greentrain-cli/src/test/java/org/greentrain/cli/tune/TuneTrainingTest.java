package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.greentrain.cli.tune.TuneFixtures.assertUsageError;
import static org.greentrain.cli.tune.TuneFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greentrain tune} with a training objective, on 300 MNIST training and 100 test rows, 1-2 epochs. */
class TuneTrainingTest {

    @TempDir
    Path dir;

    private TuneFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TuneFixtures(dir);
    }

    private CliRun tune(String... extra) {
        String[] base = {"tune", "--no-gpu", "--storage", fx.storage(), "--dataset", "mnist", "--train-rows", "300",
            "--test-rows", "100", "--batch", "128", "--constant-power", "42.5,23.43"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void eachTrialTrainsItsRepeatsAndScoresTheMeanTestAccuracy() throws Exception {
        JsonNode r = json(tune("--model", "simplecnn:linear=2", "--space", "lr=1e-3..1e-2:log,conv=1..2:int",
                "--sampler", "random", "--trials", "2", "--repeats", "2", "--epochs", "1", "--objective", "accuracy",
                "--study", "t", "--json"));

        assertThat(r.get("goals").toString()).contains("accuracy");
        assertThat(r.get("objective").asText()).contains("training: simplecnn:conv=2,linear=2,relu=on")
                .contains("2 repeat(s)").contains("mean test accuracy");
        assertThat(r.get("trials")).hasSize(2).allSatisfy(t -> {
            assertThat(t.get("state").asText()).isEqualTo("COMPLETE");
            assertThat(t.get("value").asDouble()).isBetween(0.0, 1.0);
            assertThat(t.get("energyJoules").asDouble()).isPositive();
            assertThat(t.get("provenance").asText()).isEqualTo("constant-model");
            assertThat(t.get("params").has("conv")).isTrue();
        });
        assertThat(r.get("trialsRun").asInt()).isEqualTo(2);
    }

    @Test
    void accuracyAndEnergyGiveAParetoFrontAndAshaReportsEveryEpoch() throws Exception {
        JsonNode pareto = json(tune("--space", "lr=1e-4..1e-2:log", "--trials", "3", "--epochs", "1",
                "--objective", "accuracy,energy", "--sampler", "random", "--study", "p", "--json"));
        assertThat(pareto.get("pareto")).isNotEmpty();
        assertThat(pareto.get("trials")).allSatisfy(t -> assertThat(t.get("values")).hasSize(2));

        // no --objective: a new training study maximises accuracy; a bare sgd takes its lr from the space
        JsonNode asha = json(tune("--space", "lr=1e-6..1e-2:log", "--trials", "3", "--epochs", "2", "--optimizer",
                "sgd", "--sampler", "random", "--pruner", "asha", "--study", "a", "--json"));
        JsonNode first = asha.get("trials").get(0);
        assertThat(first.get("intermediates")).hasSize(2);
        assertThat(first.get("intermediates").get(1).get("joules").asDouble())
                .isGreaterThan(first.get("intermediates").get(0).get("joules").asDouble());
        assertThat(first.get("intermediates").get(1).get("value").asDouble())
                .isCloseTo(first.get("value").asDouble(), within(1e-9));
    }

    @Test
    void badTrainingInputIsOneLineAndStoresNothing() {
        assertUsageError(tune("--space", "lr=1e-4..1e-2,dropout=0..0.5", "--objective", "accuracy"),
                "unknown parameter 'dropout' in the space: a training trial understands lr, beta1, beta2, eps, "
                        + "weight_decay, momentum, optimizer, batch, epochs, conv, linear, relu");
        assertUsageError(tune("--space", "lr=1e-4..1e-2", "--objective", "loss:min"),
                "use --objective accuracy (or accuracy,energy");
        assertUsageError(tune("--space", "lr=1e-4..1e-2", "--objective", "accuracy", "--command", "echo 1"),
                "give --command or --dataset/--model");
        assertUsageError(tune("--space", "conv=1..6:int", "--objective", "accuracy", "--model", "simplecnn"),
                "upper corner");
        assertUsageError(CliRun.of("tune", "--no-gpu", "--storage", fx.storage(), "--dataset", "mnist",
                "--test-rows", "20000", "--space", "lr=1e-4..1e-2", "--objective", "accuracy"),
                "--test-rows 20000 exceeds the 10000 rows");
        assertThat(fx.snapshot()).isIn("no database", "");
    }
}
