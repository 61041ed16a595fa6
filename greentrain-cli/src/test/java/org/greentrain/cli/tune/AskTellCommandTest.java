package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.greentrain.cli.tune.TuneFixtures.assertUsageError;
import static org.greentrain.cli.tune.TuneFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskTellCommandTest {

    @TempDir
    Path dir;

    private TuneFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TuneFixtures(dir);
    }

    private CliRun ask(String... extra) {
        return CliRun.of(concat(new String[] {"ask", "--storage", fx.storage(), "--study", "s", "--json"}, extra));
    }

    private CliRun tell(String... extra) {
        return CliRun.of(concat(new String[] {"tell", "--storage", fx.storage(), "--study", "s"}, extra));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void anAskAndTellLoopWithTheStoredSamplerFindsTheMinimum() throws Exception {
        JsonNode first = json(ask("--space", "x=-5..5", "--sampler", "bo", "--seed", "0"));
        assertThat(first.get("trial").asInt()).isZero();
        assertThat(first.fieldNames()).toIterable().containsExactly("trial", "params");
        double x = first.get("params").get("x").asDouble();
        tellValue(0, x);
        for (int i = 1; i < 15; i++) {
            JsonNode t = json(ask());
            assertThat(t.get("trial").asInt()).isEqualTo(i);
            tellValue(i, t.get("params").get("x").asDouble());
        }
        JsonNode study = json(CliRun.of("studies", "show", "s", "--storage", fx.storage(), "--json"));
        assertThat(study.get("sampler").asText()).isEqualTo("bo (seed 0)");
        assertThat(study.get("best").get("params").get("x").asDouble()).isCloseTo(2.0,
                offset(0.05));
    }

    private void tellValue(int trial, double x) {
        CliRun run = tell("--trial", Integer.toString(trial), "--value",
                String.format(Locale.ROOT, "%.17g", (x - 2) * (x - 2)), "--energy-joules", "1.5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("trial " + trial + " COMPLETE: value ").contains("best       trial");
    }

    @Test
    void failedAndPrunedTrialsAndTheirEnergyAreRecorded() throws Exception {
        json(ask("--space", "x=0..1", "--sampler", "random"));
        json(ask());
        JsonNode failed = json(tell("--trial", "0", "--state", "fail", "--reason", "out of memory", "--energy-joules",
                "12", "--json"));
        JsonNode pruned = json(tell("--trial", "1", "--state", "pruned", "--json"));

        assertThat(failed.get("state").asText()).isEqualTo("FAIL");
        assertThat(failed.get("failReason").asText()).isEqualTo("out of memory");
        assertThat(failed.get("energyJoules").asDouble()).isEqualTo(12);
        assertThat(failed.get("provenance").asText()).isEqualTo("reported-by-client");
        assertThat(pruned.get("state").asText()).isEqualTo("PRUNED");
    }

    @Test
    void twoObjectivesTakeValuesAndTheEnergyGoalTakesTheToldJoules() throws Exception {
        json(ask("--space", "x=0..1", "--objective", "accuracy:max,latency:min"));
        JsonNode t = json(tell("--trial", "0", "--values", "0.9,0.25", "--json"));
        assertThat(t.get("values").get("accuracy").asDouble()).isEqualTo(0.9);
        assertThat(t.get("values").get("latency").asDouble()).isEqualTo(0.25);

        CliRun.of("ask", "--storage", fx.storage(), "--study", "e", "--space", "x=0..1", "--objective",
                "accuracy:max,energy:min");
        assertUsageError(CliRun.of("tell", "--storage", fx.storage(), "--study", "e", "--trial", "0", "--value",
                "0.9"), "needs the trial's energy");
        JsonNode e = json(CliRun.of("tell", "--storage", fx.storage(), "--study", "e", "--trial", "0", "--value",
                "0.9", "--energy-joules", "40", "--json"));
        assertThat(e.get("values").get("energy").asDouble()).isEqualTo(40);
    }

    @Test
    void badAsksAndTellsAreOneLineWithExitCode2AndWriteNothing() throws Exception {
        assertUsageError(ask(), "no greentrain storage at sqlite:");
        json(ask("--space", "x=0..1"));
        tell("--trial", "0", "--value", "0.5");
        String before = fx.snapshot();

        assertUsageError(CliRun.of("ask", "--storage", fx.storage(), "--study", "nope"),
                "no study 'nope' in sqlite:");

        assertUsageError(tell("--trial", "7", "--value", "1"), "no trial 7 in study 's'");
        assertUsageError(tell("--trial", "0", "--value", "1"), "trial 0 is already COMPLETE");
        assertUsageError(CliRun.of("tell", "--storage", fx.storage(), "--study", "nope", "--trial", "0", "--value",
                "1"), "no study 'nope' in sqlite:");
        assertUsageError(tell("--trial", "0", "--values", "1,2"), "expected 1 value(s)");
        assertUsageError(tell("--trial", "0", "--value", "1", "--values", "1"), "not both");
        assertUsageError(tell("--trial", "0", "--state", "fail", "--value", "1"), "takes no --value");
        assertUsageError(tell("--trial", "0", "--value", "1", "--energy-joules", "-3"), "energy must be");
        assertUsageError(ask("--space", "x=0..2"), "exists with space 'x=0.0..1.0'");
        assertUsageError(ask("--objective", "a:max,b:min"), "goals 'value:minimize'");
        assertUsageError(CliRun.of("ask", "--storage", fx.storage(), "--study", "m", "--space", "x=0..1",
                "--objective", "a:max,b:min", "--sampler", "gp-cost"), "optimises one objective per joule");
        assertUsageError(ask("--sampler", "simulated-annealing"), "unknown sampler 'simulated-annealing'");
        assertThat(fx.snapshot()).isEqualTo(before);
    }
}
