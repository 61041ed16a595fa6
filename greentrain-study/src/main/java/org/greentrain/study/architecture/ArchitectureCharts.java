package org.greentrain.study.architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.Cell;
import org.greentrain.study.report.Report.Axis;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Series;
import org.greentrain.study.report.Report.Style;
import org.greentrain.study.stats.CellSummary;
import org.greentrain.study.stats.FactorialAnalysis;

/** The charts of an architecture report. Energies are in joules. */
final class ArchitectureCharts {

    private ArchitectureCharts() {
    }

    /** Median energy of a run in each cell (the per-cell table gives its bootstrap interval). */
    static Chart energyPerCell(FactorialAnalysis a) {
        List<CellSummary> cells = a.cells();
        return new Chart("energy-per-cell", "Energy of a training run per cell (median over its runs)",
                Axis.linear("cell"), Axis.linear("energy of a run (J)"), cells.stream().map(CellSummary::cell).toList(),
                List.of(Series.bars("median energy", cells.stream().mapToDouble(c -> c.medianEnergy().median())
                        .toArray())));
    }

    /** Accuracy against energy of every run, one series per cell, with the Pareto front over all runs. */
    static Chart accuracyAgainstEnergy(ArchitectureSnapshot s) {
        Map<String, List<AblationRun>> byCell = new LinkedHashMap<>();
        for (Cell cell : s.design().ablation().models().cells()) {
            byCell.put(cell.label(), new ArrayList<>());
        }
        s.runs().forEach(r -> byCell.computeIfAbsent(r.cell(), k -> new ArrayList<>()).add(r));
        List<Series> series = new ArrayList<>();
        byCell.forEach((cell, runs) -> {
            if (!runs.isEmpty()) {
                series.add(points(cell, runs));
            }
        });
        series.add(Series.of("Pareto front", Style.STEP, energies(s.paretoFront()), accuracies(s.paretoFront())));
        return new Chart("pareto", "Accuracy against energy of every run, with the Pareto front (the paper's Fig. 8)",
                Axis.linear("energy of a run (J)"), Axis.linear("test accuracy"), List.of(), series);
    }

    /**
     * The joules of each layer type (both passes) in each cell's profiled interval, one bar series per type; the bars
     * of a cell add up to its profiled joules.
     */
    static Chart energyPerLayerType(List<CellProfile> profiles) {
        List<Series> series = new ArrayList<>();
        for (String type : ArchitectureTables.layerTypeOrder(profiles)) {
            series.add(Series.bars(type, profiles.stream()
                    .mapToDouble(p -> p.joulesByType().getOrDefault(type, 0.0)).toArray()));
        }
        long samples = profiles.stream().mapToLong(CellProfile::samples).max().orElse(0);
        return new Chart("energy-per-layer-type", "Energy per layer type in a profiled interval of " + samples
                + " training examples per cell (forward and backward passes together)", Axis.linear("cell"),
                Axis.linear("energy in the profiled interval (J)"), profiles.stream().map(CellProfile::cell).toList(),
                series);
    }

    private static Series points(String name, List<AblationRun> runs) {
        return Series.of(name, Style.POINTS, energies(runs), accuracies(runs));
    }

    private static double[] energies(List<AblationRun> runs) {
        return runs.stream().mapToDouble(AblationRun::energyJoules).toArray();
    }

    private static double[] accuracies(List<AblationRun> runs) {
        return runs.stream().mapToDouble(AblationRun::accuracy).toArray();
    }
}
