package org.greentrain.cli.tune;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.greentrain.cli.common.DurationConverter;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.common.Units;
import org.greentrain.cli.common.UsageException;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.OptimizeResult;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain tune}: runs a study, each trial measured for energy, in durable storage. Running it again with
 * the same study continues it: trial numbers go on, and {@code --trials N} runs N more. The exit code is 0 unless
 * every trial this run started failed (1); bad options, a space that differs from the stored study's, or an
 * unreachable storage exit with 2 before anything is written.
 */
@Command(name = "tune", sortOptions = false,
        description = "Energy-aware hyperparameter tuning of any command: each trial's joules are measured and "
                + "stored; studies resume.",
        footer = {"", "Examples:",
                "  greentrain tune --command 'python3 train.py --lr {lr} --layers {layers}' \\",
                "      --space 'lr=1e-5..0.1:log,layers=1..4:int' --direction minimize --trials 30",
                "  greentrain tune --command 'python3 train.py --lr {lr}' --space 'lr=1e-5..0.1:log' \\",
                "      --objective accuracy:max,energy:min --energy-budget 50kJ --study lr-vs-energy"})
public final class TuneCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommandObjectiveOptions commandObjective;

    @Mixin
    TrainingObjectiveOptions trainingObjective;

    @Option(names = "--space", paramLabel = "SPEC",
            description = "The search space, e.g. 'lr=1e-5..0.1:log,layers=1..4:int,opt=adam|sgd,"
                    + "momentum[opt=sgd]=0.5..0.99'. May be left out when the study exists.")
    String space;

    @Mixin
    GoalOptions goalOptions;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--study", paramLabel = "NAME",
            description = "The study to create or continue (default: derived from the command, e.g. "
                    + "train.py-3f9a0c12, so the same command continues the same study).")
    String study;

    @Mixin
    SamplerOptions samplerOptions;

    @Mixin
    PrunerOptions prunerOptions;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "20",
            description = "How many more trials to run (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Trials run at once (default: ${DEFAULT-VALUE}). Overlapping trials share the machine's "
                    + "joules.")
    int workers;

    @Option(names = "--energy-budget", paramLabel = "ENERGY", converter = JoulesConverter.class,
            description = "Total energy of the study (earlier runs included), e.g. 50kJ, 2Wh: no trial starts that "
                    + "is forecast (mean + 1 sd of finished trials) to exceed it.")
    Double energyBudget;

    @Option(names = "--target", paramLabel = "VALUE",
            description = "Stop once a trial reaches this value of the first objective, and report the energy "
                    + "spent to reach it.")
    Double target;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Start no trial after this long, e.g. 30m.")
    Duration timeout;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        ObjectiveFactory factory = objectiveFactory();
        Optional<SearchSpace> givenSpace = Optional.ofNullable(space).map(SearchSpace::parse);
        Optional<List<Goal>> givenGoals = goalOptions.goals();
        samplerOptions.check(givenGoals);
        Pruner pruner = prunerOptions.build();
        OptimizeOptions options = optimizeOptions();
        String name = study != null ? study : factory.defaultStudyName();
        EnergyMeter meter = EnergyMeter.discover(meterOptions.toConfig());
        try (Storage storage = storageOptions.open()) {
            if (givenGoals.isEmpty() && storage.findStudy(name).isEmpty()) {
                givenGoals = factory.defaultGoals();
            }
            StudyDefinition def = StudyDefinition.resolve(storage, name, givenSpace, givenGoals);
            SamplerSettings sampler = samplerOptions.resolve(def.existing(), def.goals());
            Objective objective = factory.create(def.space(), def.goals());
            Study s = def.open(storage, sampler.build(), pruner);
            sampler.store(storage, s.id());
            storage.setStudyAttr(s.id(), StudyView.OBJECTIVE_ATTR, factory.describe());
            storage.setStudyAttr(s.id(), StudyView.PRUNER_ATTR, pruner.describe());
            if (!output.quiet()) {
                meter.hints().forEach(h -> spec.commandLine().getErr().println("note: " + h));
            }
            Set<Integer> before = s.trials().stream().map(FrozenTrial::number).collect(Collectors.toSet());
            RunProgress progress = new RunProgress(spec.commandLine().getErr(), output.progress(), output.quiet(),
                    "tune");
            OptimizeResult result = TuneProgress.during(progress, s, before, trials, options.energyBudgetJoules(),
                    () -> s.optimize(objective, options.withMeter(meter)));
            StudyView view = StudyView.read(storage, storage.findStudy(name).orElseThrow());
            render(view, result);
            return allFailed(view, before) ? failed(view, before) : ExitCodes.OK;
        }
    }

    /** The objective kind the user gave; the seam where a training-run objective joins the command one. */
    private ObjectiveFactory objectiveFactory() {
        if (trainingObjective.given()) {
            if (commandObjective.given()) {
                throw new UsageException("give --command or --dataset/--model (a training per trial), not both");
            }
            return trainingObjective.measuredWith(meterOptions.toConfig());
        }
        if (commandObjective.given()) {
            return commandObjective;
        }
        throw new UsageException("nothing to tune: give --command 'python3 train.py --lr {lr}' (the command run per "
                + "trial) or --dataset NAME --model SPEC (a training per trial)");
    }

    private OptimizeOptions optimizeOptions() {
        OptimizeOptions o = OptimizeOptions.trials(trials).withWorkers(workers);
        if (energyBudget != null) {
            o = o.withEnergyBudgetJoules(energyBudget);
        }
        if (target != null) {
            o = o.withTarget(target);
        }
        return timeout == null ? o : o.withTimeout(timeout);
    }

    private void render(StudyView view, OptimizeResult r) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode node = StudyJson.study(view);
            node.put("stopReason", r.stopReason().name());
            node.put("trialsRun", r.trialsRun());
            node.put("budgetJoules", r.budgetJoules());
            if (target != null) {
                ObjectNode t = node.putObject("target");
                t.put("value", target);
                t.put("reached", r.target().isPresent());
                r.target().ifPresent(e -> {
                    t.put("trial", e.trialNumber());
                    t.put("joulesToTarget", e.cumulativeJoules());
                    t.put("trialsToTarget", e.trialsUsed());
                });
            }
            out.println(Json.write(node));
        } else {
            out.print(StudyText.render(view));
            out.print(summary(r));
        }
        out.flush();
    }

    private String summary(OptimizeResult r) {
        StringBuilder s = new StringBuilder();
        s.append("stopped    ").append(stopText(r)).append('\n');
        if (!Double.isInfinite(r.budgetJoules())) {
            s.append(String.format(Locale.ROOT, "budget     %s spent of %s%s%n", Units.joules(r.spentJoules()),
                    Units.joules(r.budgetJoules()), Double.isNaN(r.forecastJoules()) ? ""
                            : " (next trial forecast " + Units.joules(r.forecastJoules()) + ")"));
        }
        if (target != null) {
            s.append("target     ").append(StudyText.number(target)).append(r.target()
                    .map(e -> " reached by trial " + e.trialNumber() + " after " + Units.joules(e.cumulativeJoules())
                            + " over " + e.trialsUsed() + " trial(s)")
                    .orElse(" not reached")).append('\n');
        }
        return s.toString();
    }

    private static String stopText(OptimizeResult r) {
        String ran = r.trialsRun() + " trial(s) run";
        switch (r.stopReason()) {
            case ENERGY_BUDGET:
                return ran + "; the next trial would exceed the energy budget";
            case TARGET_REACHED:
                return ran + "; the target was reached";
            case SPACE_EXHAUSTED:
                return ran + "; every point of the grid has been tried";
            case TIMEOUT:
                return ran + "; the time limit passed";
            default:
                return ran + ", as asked";
        }
    }

    private static boolean allFailed(StudyView view, Set<Integer> before) {
        List<FrozenTrial> mine = view.trials().stream().filter(t -> !before.contains(t.number())).toList();
        return !mine.isEmpty() && mine.stream().allMatch(t -> t.state() == TrialState.FAIL);
    }

    private int failed(StudyView view, Set<Integer> before) {
        String reason = view.trials().stream().filter(t -> !before.contains(t.number()))
                .map(t -> t.failReason().orElse("failed")).findFirst().orElse("");
        spec.commandLine().getErr().println("greentrain tune: every trial failed; the first: " + reason);
        spec.commandLine().getErr().flush();
        return ExitCodes.FAILED;
    }
}
