package org.greentrain.cli.tune;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code greentrain studies show NAME}: a study's definition, trials, and best trial or Pareto front. */
@Command(name = "show",
        description = "Show a study: its trials and its best trial or Pareto front.")
public final class StudiesShowCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The study.")
    String name;

    @Mixin
    StorageOptions storageOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Storage storage = storageOptions.open(OpenMode.READ)) {
            StudyView view = StudyView.named(storage, name);
            out.print(output.json() ? Json.write(StudyJson.study(view)) + "\n" : StudyText.render(view));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
