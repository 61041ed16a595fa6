package org.greentrain.cli.study;

import java.util.Locale;
import org.greentrain.cli.common.TextTable;
import org.greentrain.study.reduction.CellStats;
import org.greentrain.study.reduction.Correlation;
import org.greentrain.study.reduction.Fmt;
import org.greentrain.study.reduction.Highlights;
import org.greentrain.study.reduction.ReductionReport;
import org.greentrain.study.reduction.ReductionResult;
import org.greentrain.study.reduction.ReductionStatistics;

/**
 * The human-readable result of {@code greentrain study reduction}: what was run, the medians per method and fraction
 * against the full data, Spearman's ρ of ε per fraction, the highlights, and how to get the report.
 */
final class ReductionText {

    private ReductionText() {
    }

    static String render(ReductionResult r, String reportCommand) {
        StringBuilder out = new StringBuilder();
        out.append(new TextTable("reduction study", "")
                .row("study", r.study() + " in " + r.storage())
                .row("data", String.format(Locale.ROOT, "%s: %d training and %d test rows per repeat",
                        r.design().dataset(), r.trainRows(), r.testRows()))
                .row("design", r.design().summary())
                .row("runs", String.format(Locale.ROOT, "%d of %d finished (%d before this command, %d now)",
                        r.runs().size(), r.design().totalRuns(), r.alreadyDone(), r.ranNow()))
                .row("energy", r.design().meter())
                .render());
        out.append('\n').append(ReductionReport.energyNote(r)).append("\n\n");
        ReductionStatistics s = r.statistics();
        out.append("Medians over the repeats (energy and time: reduction + training)\n");
        TextTable medians = new TextTable("method", " kept", " runs", " accuracy", " macro-F1", " ε", " time",
                " energy (J)", " energy vs full", " accuracy vs full");
        if (s.baseline() != null) {
            row(medians, s.baseline());
        }
        s.cells().forEach(c -> row(medians, c));
        out.append(medians.render()).append('\n');
        out.append("Spearman's ρ of ε against accuracy and macro-F1, per fraction kept\n");
        TextTable rho = new TextTable(" kept", " runs", " ρ(ε, accuracy)", " p-value", " ρ(ε, macro-F1)", " p-value");
        for (Correlation c : s.correlations()) {
            if (c.epsilonAccuracy() == null || c.epsilonMacroF1() == null) {
                rho.row(Fmt.kept(c.keep()), "-", "-", "-", "-", "-");
            } else {
                rho.row(Fmt.kept(c.keep()), c.epsilonAccuracy().n(), Fmt.rho(c.epsilonAccuracy().rho()),
                        Fmt.pValue(c.epsilonAccuracy().pValue()), Fmt.rho(c.epsilonMacroF1().rho()),
                        Fmt.pValue(c.epsilonMacroF1().pValue()));
            }
        }
        out.append(rho.render());
        var highlights = Highlights.of(r);
        if (!highlights.isEmpty()) {
            out.append('\n');
            highlights.forEach(h -> out.append("* ").append(h).append('\n'));
        }
        out.append('\n').append("report: ").append(reportCommand).append('\n');
        return out.toString();
    }

    private static void row(TextTable t, CellStats c) {
        t.row(c.isBaseline() ? "full data" : c.method().toUpperCase(Locale.ROOT), Fmt.kept(c.keep()), c.runs(),
                Fmt.metric(c.accuracy().median()), Fmt.metric(c.macroF1().median()), Fmt.epsilon(c.epsilon()),
                Fmt.seconds(c.seconds()) + " s", Fmt.joules(c.joules().median()),
                c.isBaseline() ? "" : Fmt.change(c.energyRatio()), c.isBaseline() ? "" : Fmt.percent(c.accuracyRatio()));
    }
}
