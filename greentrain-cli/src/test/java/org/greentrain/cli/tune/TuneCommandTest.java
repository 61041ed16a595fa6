package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.greentrain.cli.tune.TuneFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuneCommandTest {

    @TempDir
    Path dir;

    private TuneFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TuneFixtures(dir);
    }

    private CliRun tune(String... extra) {
        String[] base = {"tune", "--no-gpu", "--storage", fx.storage()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void tunesACommandMeasuringEachTrialAndReportsTheBest() throws Exception {
        JsonNode r = json(tune("--command", "sh " + fx.quadratic() + " {x}", "--space", "x=-5..5",
                "--sampler", "tpe", "--trials", "8", "--study", "q", "--json"));

        assertThat(r.get("study").asText()).isEqualTo("q");
        assertThat(r.get("budgetJoules").isNull()).as("no --energy-budget").isTrue();
        assertThat(r.get("trials")).hasSize(8).allSatisfy(t -> {
            assertThat(t.get("state").asText()).isEqualTo("COMPLETE");
            double x = t.get("params").get("x").asDouble();
            assertThat(t.get("value").asDouble()).isCloseTo((x - 2) * (x - 2), within(1e-6));
            assertThat(t.get("energyJoules").asDouble()).isPositive();
            assertThat(t.get("provenance").asText()).contains("estimate");
        });
        double bestValue = 1e9;
        double spent = 0;
        for (JsonNode t : r.get("trials")) {
            bestValue = Math.min(bestValue, t.get("value").asDouble());
            spent += t.get("energyJoules").asDouble();
        }
        assertThat(r.get("best").get("value").asDouble()).isEqualTo(bestValue);
        assertThat(r.get("spentJoules").asDouble()).isCloseTo(spent, within(1e-9));
        assertThat(r.get("stopReason").asText()).isEqualTo("N_TRIALS");
        assertThat(r.get("trialsRun").asInt()).isEqualTo(8);
        assertThat(r.get("sampler").asText()).isEqualTo("tpe (seed 0)");
    }

    @Test
    void aPrunerWithSettingsJudgesTrialsFromItsFirstRungOn() throws Exception {
        // reports at steps 1..3 (value (x-2)^2 + 1/step), then the final loss; ASHA's first rung moved to step 2
        String sh = fx.script("steps.sh", "for s in 1 2 3; do awk -v x=\"$1\" -v s=$s "
                + "'BEGIN { printf \"greentrain-report %d %.10f\\n\", s, (x-2)*(x-2) + 1/s }'; done\n"
                + "awk -v x=\"$1\" 'BEGIN { printf \"loss %.10f\\n\", (x-2)*(x-2) }'\n");
        JsonNode r = json(tune("--command", "sh " + sh + " {x}", "--space", "x=-5..5", "--sampler", "random",
                "--seed", "3", "--trials", "8", "--pruner", "asha:min-resource=2", "--study", "p", "--json"));

        int pruned = 0;
        for (JsonNode t : r.get("trials")) {
            JsonNode steps = t.get("intermediates");
            if (t.get("state").asText().equals("PRUNED")) {
                pruned++;
                assertThat(steps.get(steps.size() - 1).get("step").asInt()).isEqualTo(2);
            } else {
                assertThat(t.get("state").asText()).isEqualTo("COMPLETE");
                assertThat(steps).hasSize(3);
            }
        }
        assertThat(pruned).isPositive();
        CliRun show = CliRun.of("studies", "show", "p", "--storage", fx.storage());
        assertThat(show.out()).contains("pruner asha(min-resource=2,eta=3,s=0)");
    }

    @Test
    void runningAgainContinuesTheStudyWithItsStoredSampler() throws Exception {
        String cmd = "sh " + fx.quadratic() + " {x}";
        CliRun first = tune("--command", cmd, "--space", "x=-5..5", "--sampler", "random", "--seed", "7",
                "--trials", "3");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("study      quad.sh-", "best       trial", "3 trial(s) run, as asked");
        assertThat(first.err()).contains("': 0 of 3 trials already done, 3 to run", "trial 3/3  #");

        JsonNode again = json(tune("--command", cmd, "--trials", "2", "--json"));
        assertThat(TuneFixtures.numbers(again)).containsExactly(0, 1, 2, 3, 4);
        assertThat(again.get("trialsRun").asInt()).isEqualTo(2);
        CliRun more = tune("--command", cmd, "--trials", "1", "--quiet");
        assertThat(more.err()).isEmpty();
        assertThat(again.get("sampler").asText()).isEqualTo("random (seed 7)");
        assertThat(again.get("objective").asText()).isEqualTo("command: " + cmd);
    }

    @Test
    void failingTrialsAreRecordedWithTheirReasonAndTheStudyGoesOn() throws Exception {
        String sh = fx.script("flaky.sh", "case $1 in\n  0) echo 'boom' >&2; exit 3;;\n  1) echo 'no numbers';;\n"
                + "  *) echo \"acc 0.$1\";;\nesac\n");
        CliRun run = tune("--command", "sh " + sh + " {k}", "--space", "k=0..3:int", "--sampler", "grid",
                "--direction", "maximize", "--trials", "10", "--json");
        JsonNode r = json(run);

        assertThat(r.get("stopReason").asText()).isEqualTo("SPACE_EXHAUSTED");
        assertThat(r.get("trials")).hasSize(4);
        for (JsonNode t : r.get("trials")) {
            int k = t.get("params").get("k").asInt();
            if (k == 0) {
                assertThat(t.get("state").asText()).isEqualTo("FAIL");
                assertThat(t.get("failReason").asText()).isEqualTo("command exited with code 3: boom");
                assertThat(t.get("energyJoules").asDouble()).isPositive();
            } else if (k == 1) {
                assertThat(t.get("failReason").asText()).contains("printed no number");
            } else {
                assertThat(t.get("value").asDouble()).isEqualTo(k / 10.0);
            }
        }
        assertThat(r.get("best").get("params").get("k").asInt()).isEqualTo(3);
    }

    @Test
    void whenEveryTrialFailsTheTableIsStillPrintedAndTheExitCodeIs1() throws Exception {
        CliRun run = tune("--command", "sh -c 'exit 4' {x}", "--space", "x=0..1", "--sampler", "random",
                "--trials", "2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL: command exited with code 4", "best       none: no trial completed");
        assertThat(run.err()).contains("every trial failed; the first: command exited with code 4");
    }

    @Test
    void boTradesAccuracyAgainstEnergyWhenAsked() throws Exception {
        String sh = fx.script("acc-bo.sh", "i=0; while [ $i -lt $1 ]; do i=$((i+1)); done\necho \"accuracy 0.$1\"\n");
        JsonNode r = json(tune("--command", "sh " + sh + " {n}", "--space", "n=1..9:int",
                "--objective", "accuracy:max,energy:min", "--sampler", "bo", "--seed", "3", "--trials", "8",
                "--json"));

        assertThat(r.get("sampler").asText()).isEqualTo("bo (seed 3)");
        assertThat(r.get("trials")).hasSize(8).allSatisfy(t -> assertThat(t.get("state").asText())
                .isEqualTo("COMPLETE"));
        assertThat(r.get("pareto")).isNotEmpty();
        assertThat(r.get("hypervolume").asDouble()).isPositive();
    }

    @Test
    void accuracyAgainstEnergyGivesAParetoFrontAndItsHypervolume() throws Exception {
        String sh = fx.script("acc.sh", "i=0; while [ $i -lt $1 ]; do i=$((i+1)); done\necho \"accuracy 0.$1\"\n");
        JsonNode r = json(tune("--command", "sh " + sh + " {n}", "--space", "n=1..9:int",
                "--objective", "accuracy:max,energy:min", "--trials", "6", "--json"));

        assertThat(r.get("goals").toString()).isEqualTo("[\"accuracy:maximize\",\"energy:minimize\"]");
        assertThat(r.get("sampler").asText()).isEqualTo("bo (seed 0)");
        assertThat(r.get("trials")).allSatisfy(t -> assertThat(t.get("values").get("energy").asDouble())
                .isEqualTo(t.get("energyJoules").asDouble()));
        assertThat(r.get("pareto")).isNotEmpty();
        assertThat(r.get("hypervolume").asDouble()).isPositive();
        assertThat(r.has("best")).isFalse();
    }

    @Test
    void energyAloneIsAnObjective() throws Exception {
        JsonNode r = json(tune("--command", "sh -c 'sleep {s}'", "--space", "s=0..0.2", "--objective", "energy",
                "--sampler", "random", "--trials", "3", "--json"));

        assertThat(r.get("goals").toString()).isEqualTo("[\"energy:minimize\"]");
        assertThat(r.get("trials")).allSatisfy(t -> assertThat(t.get("value").asDouble())
                .isEqualTo(t.get("energyJoules").asDouble()));
    }

    @Test
    void anEnergyBudgetStopsBeforeTheTrialThatWouldExceedIt() throws Exception {
        JsonNode r = json(tune("--command", "sh -c 'sleep 0.2; echo {x}'", "--space", "x=0..1", "--sampler",
                "random", "--constant-power", "100,1", "--energy-budget", "0.05kJ", "--trials", "10", "--json"));

        assertThat(r.get("stopReason").asText()).isEqualTo("ENERGY_BUDGET");
        assertThat(r.get("budgetJoules").asDouble()).isEqualTo(50);
        assertThat(r.get("trials").size()).isBetween(1, 2);
        assertThat(r.get("trials").get(0).get("provenance").asText()).isEqualTo("constant-model");
    }

    @Test
    void aTargetStopsTheStudyAndReportsTheEnergySpentToReachIt() throws Exception {
        JsonNode r = json(tune("--command", "sh " + fx.quadratic() + " {x}", "--space", "x=0..4", "--sampler", "grid",
                "--target", "0.5", "--trials", "10", "--json"));

        assertThat(r.get("stopReason").asText()).isEqualTo("TARGET_REACHED");
        JsonNode target = r.get("target");
        assertThat(target.get("reached").asBoolean()).isTrue();
        JsonNode last = r.get("trials").get(r.get("trials").size() - 1);
        assertThat(target.get("trial").asInt()).isEqualTo(last.get("number").asInt());
        assertThat(last.get("value").asDouble()).isLessThanOrEqualTo(0.5);
        assertThat(target.get("trialsToTarget").asInt()).isEqualTo(r.get("trials").size());
        assertThat(target.get("joulesToTarget").asDouble()).isCloseTo(r.get("spentJoules").asDouble(), within(1e-9));
    }

    @Test
    void theHumanReportShowsTheTargetAndTheBudget() throws Exception {
        CliRun run = tune("--command", "sh " + fx.quadratic() + " {x}", "--space", "x=0..4", "--sampler", "grid",
                "--target", "0.5", "--energy-budget", "1kWh", "--trials", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("the target was reached", "target     0.500000 reached by trial",
                "of 3.60 MJ", "#  params", "energy J", "COMPLETE");
    }

    @Test
    void twoWorkersShareTheStudyAndValuesMayComeFromAJsonField() throws Exception {
        String sh = fx.script("json.sh", "echo 'epoch 1 loss 9'\necho \"{\\\"loss\\\": $1, \\\"acc\\\": 0.5}\"\n");
        JsonNode r = json(tune("--command", "sh " + sh + " {x}", "--space", "x=0..1", "--sampler", "random",
                "--value-field", "loss", "--workers", "2", "--trials", "4", "--json"));

        assertThat(TuneFixtures.numbers(r)).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(r.get("trials")).allSatisfy(t -> assertThat(t.get("value").asDouble())
                .isEqualTo(t.get("params").get("x").asDouble()));
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.of("tune", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--command", "--space", "--energy-budget", "--storage=URL", "--sampler",
                "--workers", "--pruner");
    }
}
