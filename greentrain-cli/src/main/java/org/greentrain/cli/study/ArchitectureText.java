package org.greentrain.cli.study;

import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.TextTable;
import org.greentrain.study.architecture.ArchitectureDesign;
import org.greentrain.study.architecture.ArchitecturePaperComparison;
import org.greentrain.study.architecture.ArchitectureReport;
import org.greentrain.study.architecture.ArchitectureResult;
import org.greentrain.study.architecture.ArchitectureSnapshot;
import org.greentrain.study.architecture.ArchitectureTables;
import org.greentrain.study.report.Report.Table;

/**
 * The human-readable result of {@code greentrain study architecture}: what was run, the factor, cell, cluster,
 * layer-type and paper-comparison tables of the report, its highlights, and how to get the report.
 */
final class ArchitectureText {

    private ArchitectureText() {
    }

    static String render(ArchitectureResult r, String reportCommand) {
        ArchitectureSnapshot s = r.snapshot();
        ArchitectureDesign d = s.design();
        int cells = d.ablation().models().cells().size();
        StringBuilder out = new StringBuilder();
        out.append(new TextTable("architecture study", "")
                .row("study", s.study() + " in " + s.storage())
                .row("data", r.data())
                .row("design", String.format(Locale.ROOT, "%s | %s; %d cells x %d set(s) x %d repeat(s); Adam from "
                        + "%s, batch %d, %d epoch(s)", d.model(), String.join(" ", d.factors()), cells, d.hyperSets(),
                        d.repeats(), d.hyperparameters(), d.batchSize(), d.epochs()))
                .row("runs", String.format(Locale.ROOT, "%d of %d finished (%d before this command, %d now%s)",
                        s.runs().size(), d.totalRuns(), r.runsAlreadyDone(), r.runsRunNow(), r.runsContended() == 0
                                ? "" : ", " + r.runsContended() + " discarded as contended"))
                .row("profiles", String.format(Locale.ROOT, "%d of %d cells profiled (%d now), %d step(s) each",
                        s.profiles().size(), cells, r.profiledNow(), d.profileBatches()))
                .row("energy", (s.provenances().isEmpty() ? "no runs yet" : String.join(", ", s.provenances()))
                        + ", of the training loop (every epoch) of each run")
                .render());
        if (s.analysis() == null) {
            out.append('\n').append(s.analysisNote()).append('\n');
        } else {
            append(out, ArchitectureTables.factors(s.analysis()));
            append(out, ArchitectureTables.cells(s));
            append(out, ArchitectureTables.clusters(s.analysis()));
        }
        if (!s.profiles().isEmpty()) {
            append(out, ArchitectureTables.layerTypes(s.profiles()));
        }
        append(out, ArchitecturePaperComparison.table(s));
        out.append('\n');
        ArchitectureReport.highlights(s).forEach(h -> out.append("* ").append(h).append('\n'));
        out.append('\n').append("report: ").append(reportCommand).append('\n');
        return out.toString();
    }

    private static void append(StringBuilder out, Table table) {
        TextTable text = new TextTable(table.columns().toArray(new String[0]));
        for (List<String> row : table.rows()) {
            text.row(row.toArray());
        }
        out.append('\n').append(table.title()).append('\n').append(text.render());
    }
}
