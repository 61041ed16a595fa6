package org.greentrain.cli.tune;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code greentrain studies list}: every study of a storage with its goals, trial counts, best value and joules. */
@Command(name = "list", description = "List the studies of a storage.")
public final class StudiesListCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StorageOptions storageOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Storage storage = storageOptions.open(OpenMode.READ)) {
            List<StudyView> views = storage.studies().stream().map((StudyRecord r) -> StudyView.read(storage, r))
                    .toList();
            if (output.json()) {
                ArrayNode all = Json.array();
                for (StudyView v : views) {
                    ObjectNode node = StudyJson.summary(v);
                    v.best().ifPresent(b -> node.put("bestValue", b.value(0)));
                    node.put("spentJoules", v.spentJoules());
                    all.add(node);
                }
                out.println(Json.write(all));
            } else if (views.isEmpty()) {
                out.println("no studies in " + storage.describe());
            } else {
                TextTable table = new TextTable("study", "goals", " trials", " complete", " best", " energy",
                        "sampler");
                for (StudyView v : views) {
                    table.row(v.name(), Goal.canonical(v.goals()), v.trials().size(),
                            v.trials().stream().filter(FrozenTrial::isComplete).count(),
                            v.multiObjective() ? "front of " + v.front().size()
                                    : v.best().map(b -> StudyText.number(b.value(0))).orElse(""),
                            Units.joules(v.spentJoules()), v.samplerDescription());
                }
                out.print(table.render());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
