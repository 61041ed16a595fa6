package org.greentrain.tune.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.pruner.PruningContext;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalCommandObjectiveTest {

    private static final SearchSpace SPACE = SearchSpace.parse("x=0..1,opt=adam|sgd,m[opt=sgd]=0..1");

    @TempDir
    Path dir;

    private Path script(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, body);
        return p;
    }

    private Study study(String goals) {
        return Study.create(new InMemoryStorage(), "ext", SPACE, Goal.parseAll(goals), new RandomSampler(1),
                Pruner.none());
    }

    private static FrozenTrial runOne(Study s, ExternalCommandObjective objective, Map<String, Object> params) {
        var t = s.ask(new Params(params));
        try {
            double[] v = objective.evaluate(t);
            return s.tell(t.number(), v, t.reportedEnergy().orElse(null));
        } catch (Exception e) {
            return s.tellFailed(t.number(), e.getMessage(), null);
        }
    }

    @Test
    void splitsArgumentsWithoutAShell() {
        assertThat(CommandLine.split("python train.py --lr {lr}  'a b' \"c \\\" d\" e\\ f"))
                .containsExactly("python", "train.py", "--lr", "{lr}", "a b", "c \" d", "e f");
        assertThatThrownBy(() -> CommandLine.split("run 'open")).hasMessageContaining("unclosed ' quote");
        assertThatThrownBy(() -> CommandLine.split("   ")).hasMessageContaining("empty command");
    }

    @Test
    void substitutesParametersAndDropsArgumentsOfInactiveOnes() throws Exception {
        Path sh = script("args.sh", "for a in \"$@\"; do echo \"[$a]\"; done\necho 0.5\n");
        var objective = new ExternalCommandObjective("sh " + sh + " --x={x} --momentum={m} --opt {opt} #{trial}",
                SPACE, 1, List.of(), null, null, null);
        Study s = study("min");
        var t = s.ask(new Params(Map.of("x", 0.25, "opt", "adam")));
        assertThat(objective.arguments(t)).containsExactly("sh", sh.toString(), "--x=0.25", "--opt", "adam", "#0");
        assertThatThrownBy(() -> new ExternalCommandObjective("run {lr}", SPACE, 1, List.of(), null, null, null))
                .hasMessageContaining("placeholder {lr} is not a parameter");
    }

    @Test
    void takesTheLastNumberOnStandardOutput() throws Exception {
        Path sh = script("last.sh", "echo epoch 1 loss 0.9\necho \"final loss: $1\"\n");
        Study s = study("loss:min");
        var objective = new ExternalCommandObjective("sh " + sh + " {x}", SPACE, 1, List.of(), null, null, null);
        FrozenTrial t = runOne(s, objective, Map.of("x", 0.125, "opt", "adam"));
        assertThat(t.state()).isEqualTo(TrialState.COMPLETE);
        assertThat(t.value()).isEqualTo(0.125);
    }

    @Test
    void readsNamedJsonFieldsAndTheCommandsOwnEnergy() throws Exception {
        Path sh = script("json.sh", "echo 'progress 99'\necho '{\"acc\": 0.91, \"joules\": 1234.5}'\n");
        Study s = study("acc:max,energy:min");
        var objective = new ExternalCommandObjective("sh " + sh, SPACE, 1, List.of("acc"), "joules", null, null);
        FrozenTrial t = runOne(s, objective, Map.of("x", 0.5, "opt", "adam"));
        assertThat(t.values()).containsExactly(0.91, 1234.5);
        assertThat(t.energy().provenance()).isEqualTo("reported-by-command");
        var missing = new ExternalCommandObjective("sh " + sh, SPACE, 1, List.of("loss"), null, null, null);
        assertThat(runOne(s, missing, Map.of("x", 0.5, "opt", "adam")).failReason())
                .contains("JSON output has no number field 'loss'");
    }

    @Test
    void withEnergyAsTheOnlyGoalTheCommandNeedOnlySucceed() throws Exception {
        Path sh = script("quiet.sh", "echo done\n");
        Study s = study("energy");
        var objective = new ExternalCommandObjective("sh " + sh, SPACE, 0, List.of(), null, null, null);
        s.optimize(objective, OptimizeOptions.trials(2)
                .withMeter(EnergyMeter.discover(MeterConfig.defaults().withGpu(false))));
        assertThat(s.trials()).extracting(FrozenTrial::state).containsOnly(TrialState.COMPLETE);
        assertThat(s.trials()).allSatisfy(t -> assertThat(t.value()).isEqualTo(t.energy().joules()));
    }

    @Test
    void failuresBecomeFailedTrialsWithAOneLineReasonAndTheStudyGoesOn() throws Exception {
        Path fails = script("fail.sh", "echo 'loading' >&2\necho 'CUDA error: out of memory' >&2\nexit 3\n");
        Path silent = script("silent.sh", "echo no numbers here\n");
        Path slow = script("slow.sh", "sleep 5\necho 1\n");
        Study s = study("min");
        var a = new ExternalCommandObjective("sh " + fails, SPACE, 1, List.of(), null, null, null);
        var b = new ExternalCommandObjective("sh " + silent, SPACE, 1, List.of(), null, null, null);
        var c = new ExternalCommandObjective("sh " + slow, SPACE, 1, List.of(), null, null, Duration.ofMillis(300));
        var d = new ExternalCommandObjective("/no/such/program", SPACE, 1, List.of(), null, null, null);
        s.optimize(a, OptimizeOptions.trials(1));
        s.optimize(b, OptimizeOptions.trials(1));
        s.optimize(c, OptimizeOptions.trials(1));
        s.optimize(d, OptimizeOptions.trials(1));
        assertThat(s.trials()).extracting(FrozenTrial::state).containsOnly(TrialState.FAIL);
        assertThat(s.trial(0).failReason()).contains("command exited with code 3: CUDA error: out of memory");
        assertThat(s.trial(1).failReason()).contains("command printed no number on standard output, 1 expected");
        assertThat(s.trial(2).failReason()).contains("command timed out after 0.3 s");
        assertThat(s.trial(3).failReason().orElseThrow()).startsWith("cannot start '/no/such/program'");
    }

    @Test
    void progressLinesAreReportedAndAPrunedCommandIsKilled() throws Exception {
        Path sh = script("progress.sh", "for i in 0 1 2 3 4 5 6 7 8 9; do echo \"greentrain-report $i 0.$i 1$i\";"
                + " sleep 0.05; done\necho 0.99\n");
        Pruner afterThree = new Pruner() {
            @Override
            public boolean shouldPrune(PruningContext context) {
                return context.trial().intermediates().size() >= 3;
            }

            @Override
            public String describe() {
                return "after-three";
            }
        };
        Study s = Study.create(new InMemoryStorage(), "p", SPACE, Goal.parseAll("acc:max"), new RandomSampler(1),
                afterThree);
        long t0 = System.nanoTime();
        s.optimize(new ExternalCommandObjective("sh " + sh, SPACE, 1, List.of(), null, null, null),
                OptimizeOptions.trials(1));
        FrozenTrial t = s.trial(0);
        assertThat(t.state()).isEqualTo(TrialState.PRUNED);
        assertThat(t.intermediates()).hasSize(3);
        assertThat(t.intermediates().get(2).joules()).isEqualTo(12.0);
        assertThat(t.values()).containsExactly(0.2);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(1.0);
    }

    @Test
    void aCommandWhoseProgressLineIsRefusedIsKilledWithItsChildren() throws Exception {
        Path pids = dir.resolve("pids");
        Path sh = script("bad-progress.sh", "echo $$ > " + pids + "\nsleep 30 &\necho $! >> " + pids
                + "\necho 'greentrain-report one 0.5'\nwait\necho 1\n");
        Study s = study("min");
        s.optimize(new ExternalCommandObjective("sh " + sh, SPACE, 1, List.of(), null, null, null),
                OptimizeOptions.trials(1));
        assertThat(s.trial(0).state()).isEqualTo(TrialState.FAIL);
        assertThat(s.trial(0).failReason().orElseThrow()).startsWith("bad progress line 'greentrain-report one");
        List<Long> started = Files.readAllLines(pids).stream().map(Long::parseLong).toList();
        assertThat(started).hasSize(2);
        for (long pid : started) {
            ProcessHandle.of(pid).ifPresent(h -> assertThat(h.onExit()).as("process %d", pid)
                    .succeedsWithin(Duration.ofSeconds(5)));
        }
    }
}
