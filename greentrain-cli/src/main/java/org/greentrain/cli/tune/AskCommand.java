package org.greentrain.cli.tune;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.Trial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain ask}: starts a trial and prints its number and parameters, for ask-and-tell from any language.
 * It creates the study (and the storage) when it does not exist and {@code --space} is given, and otherwise loads it
 * from a storage that must exist; the sampler and seed are stored with the study, so later asks need not repeat them.
 */
@Command(name = "ask", sortOptions = false,
        description = "Start a trial of a study and print its number and parameters (create the study with --space).",
        footer = {"", "Examples:",
                "  greentrain ask --study demo --space 'x=-5..5,opt=adam|sgd' --sampler tpe --json",
                "  greentrain ask --study demo --json      # {\"trial\": 1, \"params\": {...}}"})
public final class AskCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--study", required = true, paramLabel = "NAME", description = "The study.")
    String study;

    @Option(names = "--space", paramLabel = "SPEC",
            description = "The search space, to create the study; if it exists, it must have this space.")
    String space;

    @Mixin
    GoalOptions goalOptions;

    @Mixin
    SamplerOptions samplerOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Optional<SearchSpace> givenSpace = Optional.ofNullable(space).map(SearchSpace::parse);
        Optional<List<Goal>> givenGoals = goalOptions.goals();
        samplerOptions.check(givenGoals);
        try (Storage storage = storageOptions.open(space == null ? OpenMode.EXISTING : OpenMode.CREATE)) {
            StudyDefinition def = StudyDefinition.resolve(storage, study, givenSpace, givenGoals);
            SamplerSettings sampler = samplerOptions.resolve(def.existing(), def.goals());
            Study s = def.open(storage, sampler.build(), Pruner.none());
            sampler.store(storage, s.id());
            Trial trial = s.ask();
            print(trial);
            return ExitCodes.OK;
        }
    }

    private void print(Trial trial) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode node = Json.object();
            node.put("trial", trial.number());
            node.set("params", StudyJson.params(trial.params().asMap()));
            out.println(Json.write(node));
        } else {
            out.println("trial " + trial.number());
            for (Map.Entry<String, Object> e : trial.params().asMap().entrySet()) {
                out.println("  " + e.getKey() + " = " + e.getValue());
            }
        }
        out.flush();
    }
}
