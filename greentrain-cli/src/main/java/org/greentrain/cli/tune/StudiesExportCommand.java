package org.greentrain.cli.tune;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.OutputTarget;
import org.greentrain.data.io.AtomicFiles;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code greentrain studies export NAME --csv FILE}: one CSV row per trial, written atomically. */
@Command(name = "export",
        description = "Export a study's trials as CSV, one row per trial.")
public final class StudiesExportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The study.")
    String name;

    @Option(names = "--csv", required = true, paramLabel = "FILE",
            description = "The CSV file to write (replaced whole), or - for standard output.")
    String csv;

    @Mixin
    StorageOptions storageOptions;

    @Override
    public Integer call() throws IOException {
        if (!csv.equals("-")) {
            OutputTarget.file("--csv", Path.of(csv), "trials.csv");
        }
        StudyView view;
        try (Storage storage = storageOptions.open(OpenMode.READ)) {
            view = StudyView.named(storage, name);
        }
        if (csv.equals("-")) {
            PrintWriter out = spec.commandLine().getOut();
            TrialsCsv.write(view, out);
            out.flush();
        } else {
            AtomicFiles.write(Path.of(csv), stream -> {
                var writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                TrialsCsv.write(view, writer);
                writer.flush();
            });
            spec.commandLine().getErr().println("wrote " + view.trials().size() + " trial(s) of " + view.name()
                    + " to " + csv);
        }
        return ExitCodes.OK;
    }
}
