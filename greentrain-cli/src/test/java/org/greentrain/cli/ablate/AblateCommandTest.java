package org.greentrain.cli.ablate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greentrain ablate} on two tiny cells of 300 MNIST rows, one run each, and its bad input. */
class AblateCommandTest {

    @TempDir
    Path dir;

    private CliRun ablate(String... extra) {
        String[] base = {"ablate", "--dataset", "mnist", "--train-rows", "300", "--model", "simplecnn:linear=2",
                "--repeats", "1", "--hyper", "1", "--epochs", "1", "--batch", "128", "--no-gpu",
                "--constant-power", "42.5,23.43", "--min-cpu-share", "0", "--storage", "sqlite:" + dir.resolve("ablate.db"),
                "--study", "tiny"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void runsTheDesignThenResumesWithoutTrainingAgain() throws Exception {
        CliRun first = ablate("--factors", "conv=1,2", "--json", "-q");

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(first.out());
        assertThat(r.get("study").asText()).isEqualTo("tiny");
        assertThat(r.get("design").get("design").asText()).isEqualTo("simplecnn:conv=2,linear=2,relu=on | conv=1,2");
        assertThat(r.get("design").get("cells").asInt()).isEqualTo(2);
        assertThat(r.get("trainRows").asInt()).isEqualTo(300);
        assertThat(r.get("testRows").asInt()).isEqualTo(10000);
        assertThat(r.get("runsTotal").asInt()).isEqualTo(2);
        assertThat(r.get("runsRunNow").asInt()).isEqualTo(2);
        assertThat(r.get("runsAlreadyDone").asInt()).isZero();
        assertThat(r.get("energy").get("provenances").get(0).asText()).isEqualTo("constant-model");
        assertThat(r.get("hyperparameterSets")).hasSize(1);
        assertThat(r.get("hyperparameterSets").get(0).get("optimizer").asText()).startsWith("adam:lr=");
        assertThat(r.get("statisticsNote").isNull()).isTrue();

        JsonNode factor = r.get("factors").get(0);
        assertThat(factor.get("factor").asText()).isEqualTo("conv");
        assertThat(factor.get("baseline").asText()).isEqualTo("1");
        assertThat(factor.get("kruskalWallis").get("n").asInt()).isEqualTo(2);
        assertThat(factor.get("kruskalWallis").get("df").asInt()).isEqualTo(1);
        for (String field : new String[] {"h", "pValue", "etaSquared", "magnitude"}) {
            assertThat(factor.get("kruskalWallis").has(field)).as(field).isTrue();
        }
        assertThat(factor.get("meanEnergyIncrease").get(0).get("increase").asDouble()).isZero();
        assertThat(factor.get("meanEnergyIncrease").get(1).get("level").asText()).isEqualTo("2");

        assertThat(r.get("cells")).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("runs").asInt()).isEqualTo(1);
            assertThat(c.get("meanEnergyJoules").asDouble()).isPositive();
            assertThat(c.get("medianEnergyJoules").get("lower").asDouble())
                    .isLessThanOrEqualTo(c.get("medianEnergyJoules").get("upper").asDouble());
            assertThat(c.get("energyCv").asDouble()).isZero();
            assertThat(c.get("parameterCount").asLong()).isPositive();
            assertThat(c.get("meanMacroF1").asDouble()).isBetween(0.0, 1.0);
        });
        assertThat(r.get("clusters")).hasSize(2);
        assertThat(r.get("clusters").get(0).get("name").asText()).isEqualTo("E-");
        assertThat(r.get("clusters").get(1).get("meanEnergyJoules").asDouble())
                .isGreaterThan(r.get("clusters").get(0).get("meanEnergyJoules").asDouble());
        assertThat(r.get("runs")).hasSize(2).allSatisfy(run -> {
            assertThat(run.get("energyJoules").asDouble()).isPositive();
            assertThat(run.get("accuracy").asDouble()).isBetween(0.0, 1.0);
            assertThat(run.get("levels").has("conv")).isTrue();
        });
        assertThat(r.get("environment").isObject()).isTrue();

        CliRun again = ablate("--factors", "conv=1,2");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("ablation 'tiny': 2 of 2 runs already done; nothing to train");
        assertThat(again.out()).contains("runs       2 of 2 done (2 earlier, 0 now)")
                .contains("Factors: Kruskal-Wallis").contains("E+");
        try (Storage storage = Storages.open("sqlite:" + dir.resolve("ablate.db"))) {
            assertThat(storage.trials(storage.findStudy("tiny").orElseThrow().id())).hasSize(2);
        }

        CliRun report = ablate("--factors", "conv=1,2", "--report-only", "--json");

        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode reported = new ObjectMapper().readTree(report.out());
        assertThat(reported.get("runsRunNow").asInt()).isZero();
        assertThat(reported.get("runs")).isEqualTo(r.get("runs"));
        assertThat(reported.get("factors")).isEqualTo(r.get("factors"));

        CliRun otherDesign = ablate("--factors", "conv=1,3");

        assertThat(otherDesign.exitCode()).isEqualTo(2);
        assertThat(otherDesign.err()).contains("ablation 'tiny' was run with another design (design "
                + "simplecnn:conv=2,linear=2,relu=on | conv=1,2 stored, simplecnn:conv=2,linear=2,relu=on | conv=1,3 "
                + "given)");
    }

    @Test
    void aFactorThatIsNotInTheModelSpecListsTheValidOnes() {
        CliRun run = ablate("--factors", "conv=1,4", "dropout=0,0.5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("greentrain ablate: factor 'dropout' is not a setting of simplecnn; "
                + "valid factors: conv, linear, relu");
    }

    @Test
    void aDesignWithASingleLevelIsRefused() {
        CliRun run = ablate("--factors", "conv=4", "relu=off,on");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("greentrain ablate: factor 'conv' has a single level (4): a factorial design "
                + "needs at least two levels per factor");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void otherBadInputGetsOneLineAndExitCode2() {
        CliRun tooMany = CliRun.of("ablate", "--dataset", "mnist", "--factors", "conv=1,2", "--train-rows", "70000",
                "--storage", "memory:");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--train-rows 70000 exceeds the 60000 training rows of mnist");
        CliRun noData = CliRun.of("ablate", "--factors", "conv=1,2");
        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.err()).contains("no data: give --dataset NAME");
        CliRun noStudy = ablate("--factors", "conv=1,2", "--report-only");
        assertThat(noStudy.exitCode()).isEqualTo(2);
        assertThat(noStudy.err()).contains("no ablation 'tiny' in sqlite:");
        CliRun badSpace = ablate("--factors", "conv=1,2", "--hyper-space", "momentum=0..1");
        assertThat(badSpace.exitCode()).isEqualTo(2);
        assertThat(badSpace.err()).contains("hyperparameter 'momentum' is not an Adam setting");
        CliRun zeroRepeats = CliRun.of("ablate", "--dataset", "mnist", "--factors", "conv=1,2", "--repeats", "0",
                "--storage", "memory:");
        assertThat(zeroRepeats.exitCode()).isEqualTo(2);
        assertThat(zeroRepeats.err()).contains("repetitions must be at least 1, got 0");
    }
}
