package org.greentrain.cli.ablate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.greentrain.study.factorial.AblationRun;

/**
 * The runs of one cell, for the figures the statistics do not carry: parameter count, macro-F1, time and how much of
 * the machine the runs had.
 *
 * @param runs the cell's finished runs, at least one
 */
record CellRuns(List<AblationRun> runs) {

    /** The finished runs grouped by cell label. */
    static Map<String, CellRuns> byCell(List<AblationRun> runs) {
        Map<String, List<AblationRun>> grouped = runs.stream()
                .collect(Collectors.groupingBy(AblationRun::cell, LinkedHashMap::new, Collectors.toList()));
        Map<String, CellRuns> out = new LinkedHashMap<>();
        grouped.forEach((cell, list) -> out.put(cell, new CellRuns(list)));
        return out;
    }

    long parameterCount() {
        return runs.get(0).parameterCount();
    }

    double meanMacroF1() {
        return mean(AblationRun::macroF1);
    }

    double meanSeconds() {
        return mean(AblationRun::seconds);
    }

    /** The lowest share of the machine's CPU any run of the cell had. */
    double minProcessShare() {
        return runs.stream().mapToDouble(AblationRun::processShare).min().orElse(Double.NaN);
    }

    private double mean(ToDoubleFunction<AblationRun> f) {
        return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
