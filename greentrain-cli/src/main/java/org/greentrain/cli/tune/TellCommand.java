package org.greentrain.cli.tune;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialEnergy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain tell}: records the result of a trial started with {@code ask}. A study that does not exist, an
 * unknown trial, a trial already finished, or values that do not fit the goals exit with 2 and write nothing.
 */
@Command(name = "tell", sortOptions = false,
        description = "Record the result of a trial started with 'greentrain ask'.",
        footer = {"", "Examples:",
                "  greentrain tell --study demo --trial 3 --value 0.27 --energy-joules 812",
                "  greentrain tell --study pareto --trial 4 --values 0.91,0.35",
                "  greentrain tell --study demo --trial 5 --state fail --reason 'out of memory'"})
public final class TellCommand implements Callable<Integer> {

    /** Provenance of energy told by the client. */
    static final String TOLD_PROVENANCE = "reported-by-client";

    /** What a told trial became. */
    enum Outcome { COMPLETE, FAIL, PRUNED }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--study", required = true, paramLabel = "NAME", description = "The study.")
    String study;

    @Option(names = "--trial", required = true, paramLabel = "N", description = "The trial number 'ask' printed.")
    int trial;

    @Option(names = "--value", paramLabel = "V", description = "The objective value (one objective).")
    Double value;

    @Option(names = "--values", paramLabel = "V1,V2", split = ",",
            description = "The values of the objectives besides energy, in the study's goal order.")
    double[] values;

    @Option(names = "--energy-joules", paramLabel = "J",
            description = "What the trial cost, measured by you (required when a goal is energy).")
    Double energyJoules;

    @Option(names = "--state", paramLabel = "complete|fail|pruned", defaultValue = "complete",
            description = "How the trial ended (default: ${DEFAULT-VALUE}).")
    Outcome state;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the trial failed (with --state fail).")
    String reason;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        double[] told = toldValues();
        TrialEnergy energy = energyJoules == null ? null : TrialEnergy.reported(energyJoules, TOLD_PROVENANCE, 0);
        try (Storage storage = storageOptions.open(OpenMode.EXISTING)) {
            StudyDefinition def = StudyDefinition.existing(storage, study);
            SamplerSettings sampler = SamplerSettings.resolve(null, null, def.existing(), def.goals());
            Study s = Study.load(storage, study, sampler.build(), Pruner.none());
            FrozenTrial done;
            switch (state) {
                case FAIL:
                    done = s.tellFailed(trial, reason == null ? "told failed" : reason, energy);
                    break;
                case PRUNED:
                    done = s.tellPruned(trial, energy);
                    break;
                default:
                    done = s.tell(trial, told, energy);
            }
            print(done, StudyView.read(storage, storage.findStudy(study).orElseThrow()));
            return ExitCodes.OK;
        }
    }

    private double[] toldValues() {
        if (value != null && values != null) {
            throw new UsageException("give --value or --values, not both");
        }
        double[] told = value != null ? new double[] {value} : values != null ? values : new double[0];
        if (state != Outcome.COMPLETE && told.length > 0) {
            throw new UsageException("a trial told --state " + state.name().toLowerCase(Locale.ROOT)
                    + " takes no --value");
        }
        if (reason != null && state != Outcome.FAIL) {
            throw new UsageException("--reason goes with --state fail");
        }
        return told;
    }

    private void print(FrozenTrial done, StudyView view) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(StudyJson.trial(done, view.goals())));
        } else {
            out.println("trial " + done.number() + " " + done.state().name() + (done.values().length == 0 ? ""
                    : ": " + String.join(", ", valueTexts(done, view))));
            out.print(StudyText.best(view));
        }
        out.flush();
    }

    private static List<String> valueTexts(FrozenTrial t, StudyView view) {
        return IntStream.range(0, t.values().length)
                .mapToObj(i -> view.goals().get(i).name() + " " + StudyText.number(t.value(i))).toList();
    }
}
