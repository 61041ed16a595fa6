package org.greentrain.cli.tune;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.importance.ParamImportance;
import org.greentrain.tune.importance.PedAnova;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.TrialEnergy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain studies importance NAME}: which hyperparameters decide a study's objective, or its joules
 * ({@code --goal energy}), by PED-ANOVA over the finished trials.
 */
@Command(name = "importance",
        description = "Which hyperparameters matter: PED-ANOVA importance for a study's objective, or for the joules "
                + "its trials cost (--goal energy).")
public final class StudiesImportanceCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The study.")
    String name;

    @Option(names = "--goal", paramLabel = "GOAL",
            description = "The goal whose ranking is explained: one of the study's goals (default: the first) or "
                    + "energy, the measured joules of every trial.")
    String goal;

    @Option(names = "--top", paramLabel = "FRACTION", defaultValue = "0.1",
            description = "The share of the trials that counts as the best, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double top;

    @Mixin
    StorageOptions storageOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (!(top > 0 && top < 1)) {
            throw new UsageException("--top takes a fraction in (0, 1), got " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Storage storage = storageOptions.open(OpenMode.READ)) {
            StudyView view = StudyView.named(storage, name);
            String ranked = goal == null ? view.goals().get(0).name() : goal.strip().toLowerCase(Locale.ROOT);
            List<FrozenTrial> finished = view.trials().stream().filter(FrozenTrial::isComplete).toList();
            List<ParamImportance> result;
            try {
                result = PedAnova.evaluate(SearchSpace.parse(view.space()), finished, rank(view, ranked), top);
            } catch (IllegalArgumentException e) {
                throw new UsageException("study '" + name + "': " + e.getMessage());
            }
            out.print(output.json() ? Json.write(json(view, ranked, result)) + "\n" : text(view, ranked, result));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Smaller is better: the goal's value in its direction, or the trial's joules. */
    private ToDoubleFunction<FrozenTrial> rank(StudyView view, String ranked) {
        List<Goal> goals = view.goals();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).name().equalsIgnoreCase(ranked)) {
                int index = i;
                Goal g = goals.get(i);
                return t -> g.direction().toMinimized(t.value(index));
            }
        }
        if (ranked.equals(Goal.ENERGY)) {
            return t -> t.energyOpt().map(TrialEnergy::joules).orElse(Double.NaN);
        }
        throw new UsageException("--goal " + ranked + " is not a goal of study '" + name + "': use one of "
                + String.join(", ", goals.stream().map(Goal::name).toList()) + " or energy");
    }

    private static String text(StudyView view, String ranked, List<ParamImportance> result) {
        StringBuilder out = new StringBuilder(StudyText.header(view));
        out.append("ranked by  ").append(ranked).append(", PED-ANOVA: how differently each parameter is spread among ")
                .append("the best trials than among all\n\n");
        TextTable table = new TextTable("param", " importance", " divergence", " trials", " best");
        for (ParamImportance p : result) {
            boolean measured = !Double.isNaN(p.divergence());
            table.row(p.name(), measured ? String.format(Locale.ROOT, "%.1f%%", 100 * p.share()) : "-",
                    measured ? String.format(Locale.ROOT, "%.3f", p.divergence()) : "-", p.trials(),
                    measured ? p.topTrials() : "-");
        }
        out.append(table.render());
        out.append("\nA divergence near 0 means the best trials are spread like the rest; shares of small divergences "
                + "mean little.\n");
        return out.toString();
    }

    private static ObjectNode json(StudyView view, String ranked, List<ParamImportance> result) {
        ObjectNode root = Json.object();
        root.put("study", view.name());
        root.put("rankedBy", ranked);
        root.put("method", "ped-anova");
        ArrayNode params = root.putArray("params");
        for (ParamImportance p : result) {
            ObjectNode node = params.addObject();
            node.put("name", p.name());
            node.put("importance", p.share());
            node.put("divergence", p.divergence());
            node.put("trials", p.trials());
            node.put("topTrials", p.topTrials());
        }
        return root;
    }
}
