package org.greentrain.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.OutputTarget;
import org.greentrain.cli.tune.StorageOptions;
import org.greentrain.study.StudyReports;
import org.greentrain.study.report.Report;
import org.greentrain.study.report.ReportFormat;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain report STUDY}: writes one self-contained HTML page for a stored study made by
 * {@code greentrain study}: charts, tables, highlights and the environment, with Chart.js and the data inlined, and
 * CSV/JSON export buttons; or the same text and tables as Markdown, for docs. A study that does not exist is refused
 * with the list of those that do.
 */
@Command(name = "report", sortOptions = false,
        description = "Write a self-contained HTML report (charts, tables, environment; CSV and JSON export) for a "
                + "study made by greentrain study.",
        footer = {"", "Examples:",
                "  greentrain report reduction-spambase-quick",
                "  greentrain report reduction-spambase --storage sqlite:studies.db --out spambase.html",
                "  greentrain report reduction-spambase --out results.md      (Markdown: text and tables)"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY",
            description = "The study's name (greentrain studies list shows them).")
    String study;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
            description = "Where to write the page (default: ${DEFAULT-VALUE}); written to a temporary file, then "
                    + "moved into place.")
    Path out;

    @Option(names = "--format", paramLabel = "html|markdown",
            description = "html (one page with charts) or markdown (text and tables); default: markdown when --out "
                    + "ends in .md, html otherwise.")
    ReportFormat format;

    @Mixin
    StorageOptions storageOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        OutputTarget.file("--out", out, "report.html");
        Report report;
        try (Storage storage = storageOptions.open(OpenMode.READ)) {
            report = StudyReports.build(storage, study);
        }
        ReportFormat chosen = format != null ? format : ReportFormat.forFile(out);
        chosen.write(report, out);
        int charts = report.sections().stream().mapToInt(s -> s.charts().size()).sum();
        int tables = report.sections().stream().mapToInt(s -> s.tables().size()).sum();
        PrintWriter w = spec.commandLine().getOut();
        if (output.json()) {
            var node = Json.object();
            node.put("study", study);
            node.put("report", out.toAbsolutePath().toString());
            node.put("format", chosen.name().toLowerCase(Locale.ROOT));
            node.put("charts", charts);
            node.put("tables", tables);
            var highlights = node.putArray("highlights");
            report.highlights().forEach(highlights::add);
            w.println(Json.write(node));
        } else {
            w.println("report of '" + study + "' written to " + out.toAbsolutePath() + " (" + charts + " charts, "
                    + tables + " tables; " + (chosen == ReportFormat.HTML
                    ? "open it in any browser, it works offline)" : "Markdown: the charts are in the HTML form)"));
            report.highlights().forEach(h -> w.println("* " + h));
        }
        w.flush();
        return ExitCodes.OK;
    }
}
