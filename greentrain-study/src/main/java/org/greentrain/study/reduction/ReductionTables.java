package org.greentrain.study.reduction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.study.report.EnvironmentRows;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.report.Report.Table;

/** The tables of a reduction study's report, and its environment as label to value. */
final class ReductionTables {

    private ReductionTables() {
    }

    /** Medians per (method, fraction) and the saving against the full data, method by fraction. */
    static Section mediansSection(ReductionResult result) {
        ReductionStatistics s = result.statistics();
        List<List<String>> medians = new ArrayList<>();
        if (s.baseline() != null) {
            medians.add(medianRow(s.baseline()));
        }
        s.cells().forEach(c -> medians.add(medianRow(c)));
        Table mediansTable = new Table("medians", "Medians over the repeats per method and fraction kept",
                List.of("method", "kept", "runs", "accuracy", "accuracy min-max", "macro-F1", "macro-F1 min-max",
                        "macro precision", "macro recall", "ε", "rows trained on", "time (s)", "energy (J)",
                        "of which reduction (J)", "energy vs full", "accuracy vs full"), medians);
        List<String> columns = new ArrayList<>(List.of("kept"));
        result.design().methods().forEach(m -> columns.add(m.toUpperCase(Locale.ROOT)));
        List<List<String>> savings = new ArrayList<>();
        for (double keep : result.design().keepFractions()) {
            List<String> row = new ArrayList<>(List.of(Fmt.kept(keep)));
            for (String m : result.design().methods()) {
                row.add(s.cell(m, keep).map(c -> Fmt.change(c.energyRatio()) + " energy, "
                        + Fmt.percent(c.accuracyRatio()) + " accuracy").orElse("-"));
            }
            savings.add(row);
        }
        Table savingsTable = new Table("savings", "Energy change and accuracy kept against the full data (medians)",
                columns, savings);
        return new Section("tables", "Medians and savings", List.of("Medians over the repeats, as the paper "
                + "aggregates them; energy and time are reduction + training. \"Energy vs full\" is the change of "
                + "the median energy against the full-data median; \"accuracy vs full\" the share of its median "
                + "accuracy kept."), List.of(), List.of(mediansTable, savingsTable));
    }

    private static List<String> medianRow(CellStats c) {
        return List.of(c.isBaseline() ? "full data" : c.method().toUpperCase(Locale.ROOT), Fmt.kept(c.keep()),
                Integer.toString(c.runs()), Fmt.metric(c.accuracy().median()),
                Fmt.metric(c.accuracy().min()) + " - " + Fmt.metric(c.accuracy().max()),
                Fmt.metric(c.macroF1().median()), Fmt.metric(c.macroF1().min()) + " - " + Fmt.metric(c.macroF1().max()),
                Fmt.metric(c.macroPrecision()), Fmt.metric(c.macroRecall()), Fmt.epsilon(c.epsilon()),
                String.format(Locale.ROOT, "%.0f", c.keptRows()), Fmt.seconds(c.seconds()),
                Fmt.joules(c.joules().median()), Fmt.joules(c.reduceJoules()),
                c.isBaseline() ? "-" : Fmt.change(c.energyRatio()),
                c.isBaseline() ? "-" : Fmt.percent(c.accuracyRatio()));
    }

    /** Spearman's ρ of ε against accuracy and macro-F1 per fraction. */
    static Table spearmanTable(ReductionStatistics s) {
        List<List<String>> rows = new ArrayList<>();
        for (Correlation c : s.correlations()) {
            List<String> row = new ArrayList<>(List.of(Fmt.kept(c.keep())));
            row.add(c.epsilonAccuracy() == null ? "-" : Integer.toString(c.epsilonAccuracy().n()));
            row.add(c.epsilonAccuracy() == null ? "-" : Fmt.rho(c.epsilonAccuracy().rho()));
            row.add(c.epsilonAccuracy() == null ? "-" : Fmt.pValue(c.epsilonAccuracy().pValue()));
            row.add(c.epsilonMacroF1() == null ? "-" : Fmt.rho(c.epsilonMacroF1().rho()));
            row.add(c.epsilonMacroF1() == null ? "-" : Fmt.pValue(c.epsilonMacroF1().pValue()));
            row.add(c.note() == null ? "" : c.note());
            rows.add(row);
        }
        return new Table("spearman", "Spearman's ρ of ε against accuracy and macro-F1, per fraction kept",
                List.of("kept", "runs", "ρ(ε, accuracy)", "p-value", "ρ(ε, macro-F1)", "p-value", "note"), rows);
    }

    /** Every finished run. */
    static Section runsSection(ReductionResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (ReductionRun r : result.runs()) {
            rows.add(List.of(Integer.toString(r.trial()), Integer.toString(r.iteration() + 1),
                    r.isBaseline() ? "full data" : r.method().toUpperCase(Locale.ROOT), Fmt.kept(r.keep()),
                    Integer.toString(r.keptRows()), Fmt.metric(r.accuracy()), Fmt.metric(r.macroF1()),
                    Fmt.epsilon(r.epsilon()), Fmt.seconds(r.reduceSeconds()), Fmt.joules(r.reduceJoules()),
                    Fmt.seconds(r.trainSeconds()), Fmt.joules(r.trainJoules()), Fmt.seconds(r.seconds()),
                    Fmt.joules(r.joules()), r.provenance(), Fmt.percent(r.processShare()),
                    String.join(" ", r.notes())));
        }
        Table runs = new Table("runs", "Every finished run", List.of("trial", "repeat", "method", "kept",
                "rows trained on", "accuracy", "macro-F1", "ε", "reduction (s)", "reduction (J)", "training (s)",
                "training (J)", "total (s)", "total (J)", "provenance", "CPU share", "notes"), rows);
        return new Section("runs", "Runs", List.of("One row per run, as stored; the CSV button exports them. CPU "
                + "share is the part of the machine's CPU time greentrain had during the run: well below 100% means "
                + "other load shared the machine."), List.of(), List.of(runs));
    }

    /** The design's settings. */
    static Section designSection(ReductionResult result) {
        List<List<String>> rows = new ArrayList<>();
        result.design().settings().forEach((k, v) -> rows.add(List.of(k, v)));
        rows.add(List.of("training rows per repeat", Integer.toString(result.trainRows())));
        rows.add(List.of("test rows per repeat", Integer.toString(result.testRows())));
        return new Section("design", "Design", List.of(), List.of(),
                List.of(new Table("design", "The study's design and protocol", List.of("setting", "value"), rows)));
    }

    /** The environments of the runs as label to value; numbered when the runs ran in more than one. */
    static Map<String, String> environment(ReductionResult result) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("study", result.study() + " in " + result.storage());
        out.put("energy provenance", String.join(", ", result.statistics().provenances()));
        out.put("meter mode", result.design().meter());
        out.putAll(EnvironmentRows.of(result.environments()));
        return out;
    }
}
