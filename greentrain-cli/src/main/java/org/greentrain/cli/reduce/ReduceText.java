package org.greentrain.cli.reduce;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.data.Dataset;
import org.greentrain.energy.Measurement;
import org.greentrain.study.reduction.KeepFractions;

/**
 * The human-readable output of {@code greentrain reduce}: for one reduction, a table per class (rows, rows kept, ε)
 * followed by time, energy with its plausible band and provenance, parameters, the file written and the notes; for
 * several, one row per method and fraction.
 */
final class ReduceText {

    private ReduceText() {
    }

    /** The report of {@code runs} on {@code input}. */
    static String render(ReduceInput input, List<ReductionRun> runs, String norm) {
        return runs.size() == 1 ? single(input, runs.get(0), norm) : table(input, runs, norm);
    }

    private static String single(ReduceInput input, ReductionRun run, String norm) {
        Dataset data = input.working();
        int[] before = data.classCounts();
        int[] kept = run.classCounts();
        double[] eps = run.epsilon().perClass();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s on %s: kept %d of %d rows (keep %s, seed %d, scaling %s)%n%n",
                run.method(), input.name(), run.size(), data.rows(), KeepFractions.format(run.keepFraction()),
                run.seed(), input.scaling()));
        TextTable table = new TextTable("class", " rows", " kept", " epsilon (" + norm + ")");
        for (int c = 0; c < before.length; c++) {
            table.row(data.classNames().get(c), before[c], kept[c], epsilon(eps[c]));
        }
        table.row("all", data.rows(), run.size(), epsilon(run.epsilon().epsilon()));
        out.append(table.render()).append('\n');
        Measurement m = run.measurement();
        TextTable facts = new TextTable("", "");
        facts.row("time", Units.seconds(m.durationSeconds()) + " (epsilon took "
                + Units.seconds(run.epsilonSeconds()) + " more, not counted)");
        facts.row("energy", Units.joules(m.energyJoules()) + " (plausible " + Units.joules(m.energyLowerJoules())
                + " .. " + Units.joules(m.energyUpperJoules()) + "), " + m.provenanceSummary() + ", "
                + Units.co2e(m.co2eGrams()));
        facts.row("parameters", parameters(run.params()));
        if (run.synthetic() > 0) {
            facts.row("synthetic", run.synthetic() + " rows made up by the method (empty index in the file)");
        }
        if (run.output() != null) {
            facts.row("output", run.output() + " (index column: original 0-based row)");
        }
        out.append(withoutHeader(facts.render()));
        appendNotes(out, run.notes(), "");
        return out.toString();
    }

    private static String table(ReduceInput input, List<ReductionRun> runs, String norm) {
        Dataset data = input.working();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d rows, %d classes, scaling %s, seed %d; epsilon in %s%n%n",
                input.name(), data.rows(), data.numClasses(), input.scaling(), runs.get(0).seed(), norm));
        TextTable table = new TextTable("method", " keep", " rows", " epsilon", " seconds", " joules", "provenance");
        for (ReductionRun run : runs) {
            Measurement m = run.measurement();
            table.row(run.method(), KeepFractions.format(run.keepFraction()), run.size(),
                    epsilon(run.epsilon().epsilon()), String.format(Locale.ROOT, "%.3f", m.durationSeconds()),
                    String.format(Locale.ROOT, "%.2f", m.energyJoules()), m.provenanceSummary());
        }
        out.append(table.render());
        if (runs.stream().anyMatch(r -> r.output() != null)) {
            out.append("\nwritten to ").append(runs.get(0).output().getParent()).append(" as METHOD-KEEP.csv\n");
        }
        for (ReductionRun run : runs) {
            appendNotes(out, run.notes(), "keep " + KeepFractions.format(run.keepFraction()) + " · ");
        }
        return out.toString();
    }

    private static void appendNotes(StringBuilder out, List<String> notes, String prefix) {
        if (notes.isEmpty()) {
            return;
        }
        if (prefix.isEmpty() || out.indexOf("\nnotes\n") < 0) {
            out.append("\nnotes\n");
        }
        notes.forEach(n -> out.append("  - ").append(prefix).append(n).append('\n'));
    }

    /** ε with four decimals (in scientific notation below 0.001), {@code inf} for a class with no row kept. */
    static String epsilon(double value) {
        if (Double.isInfinite(value)) {
            return "inf (class missing)";
        }
        return String.format(Locale.ROOT, value == 0 || value >= 1e-3 ? "%.4f" : "%.2e", value);
    }

    private static String parameters(Map<String, String> params) {
        return params.isEmpty() ? "(none)" : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .sorted().collect(Collectors.joining(", "));
    }

    /** A two-column table without its header and rule lines. */
    private static String withoutHeader(String rendered) {
        String[] lines = rendered.split("\n", 3);
        return lines.length < 3 ? "" : lines[2];
    }
}
