package org.greentrain.study.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of a factorial energy study, as the tuning paper's RQ2 computes them: per factor, Kruskal-Wallis on
 * energy with η² and the mean increase per level; per cell, the coefficient of variation of energy and medians with
 * bootstrap intervals; and the split of all runs into a low- and a high-energy cluster (Table V).
 *
 * @param factors  the factor names, in design order
 * @param effects  one effect per factor
 * @param cells    one summary per cell, in design order
 * @param clusters the low- and high-energy clusters
 */
public record FactorialAnalysis(List<String> factors, List<FactorEffect> effects, List<CellSummary> cells,
                                List<EnergyCluster> clusters) {

    /**
     * Analyses the runs.
     *
     * @param factors factor name to its levels (baseline first), in design order
     * @param runs    the runs; every run has a level for every factor
     * @param seed    seed of the bootstrap resampling
     * @throws IllegalArgumentException for a factor with one level, or a level without runs
     */
    public static FactorialAnalysis of(Map<String, List<String>> factors, List<FactorialRun> runs, long seed) {
        List<String> names = List.copyOf(factors.keySet());
        for (String factor : names) {
            if (factors.get(factor).size() < 2) {
                throw new IllegalArgumentException("factor '" + factor + "' has a single level " + factors.get(factor)
                        + ": a factorial design needs at least two levels per factor");
            }
        }
        Map<List<String>, List<FactorialRun>> byCell = new LinkedHashMap<>();
        for (List<String> cell : cartesian(factors)) {
            byCell.put(cell, new ArrayList<>());
        }
        for (FactorialRun run : runs) {
            List<String> cell = names.stream().map(f -> run.levels().get(f)).toList();
            List<FactorialRun> members = byCell.get(cell);
            if (members == null) {
                throw new IllegalArgumentException("run with levels " + run.levels() + " is outside the design "
                        + factors);
            }
            members.add(run);
        }
        List<FactorEffect> effects = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            effects.add(effect(names.get(f), f, factors.get(names.get(f)), byCell));
        }
        List<CellSummary> cells = new ArrayList<>();
        byCell.forEach((cell, cellRuns) -> {
            if (!cellRuns.isEmpty()) {
                cells.add(summarise(cellRuns.get(0).cell(names), cellRuns, seed));
            }
        });
        return new FactorialAnalysis(names, effects, cells, clusters(runs, names));
    }

    private static FactorEffect effect(String factor, int index, List<String> levels,
                                       Map<List<String>, List<FactorialRun>> byCell) {
        double[][] groups = new double[levels.size()][];
        double[] meanOfCellMeans = new double[levels.size()];
        for (int l = 0; l < levels.size(); l++) {
            String level = levels.get(l);
            List<List<FactorialRun>> cellsAtLevel = byCell.entrySet().stream()
                    .filter(e -> e.getKey().get(index).equals(level) && !e.getValue().isEmpty())
                    .map(Map.Entry::getValue).toList();
            if (cellsAtLevel.isEmpty()) {
                throw new IllegalArgumentException("no runs at " + factor + "=" + level);
            }
            groups[l] = cellsAtLevel.stream().flatMap(List::stream).mapToDouble(FactorialRun::energyJoules).toArray();
            meanOfCellMeans[l] = cellsAtLevel.stream().mapToDouble(c -> Descriptive.mean(energies(c)))
                    .average().orElseThrow();
        }
        double[] increase = new double[levels.size()];
        for (int l = 0; l < levels.size(); l++) {
            increase[l] = meanOfCellMeans[l] / meanOfCellMeans[0] - 1;
        }
        return new FactorEffect(factor, List.copyOf(levels), KruskalWallis.test(groups), increase);
    }

    private static CellSummary summarise(String cell, List<FactorialRun> runs, long seed) {
        double[] energy = energies(runs);
        double[] accuracy = runs.stream().mapToDouble(FactorialRun::accuracy).toArray();
        return new CellSummary(cell, runs.size(), Descriptive.mean(energy),
                BootstrapInterval.ofMedian(energy, seed), energy.length > 1 ? Descriptive.coefficientOfVariation(energy)
                : 0, Descriptive.mean(accuracy), Descriptive.max(accuracy),
                BootstrapInterval.ofMedian(accuracy, seed + 1));
    }

    /** Splits the runs by energy with an exact 1-D two-means (the split minimising within-cluster squares). */
    private static List<EnergyCluster> clusters(List<FactorialRun> runs, List<String> factors) {
        FactorialRun[] sorted = runs.toArray(new FactorialRun[0]);
        Arrays.sort(sorted, (a, b) -> Double.compare(a.energyJoules(), b.energyJoules()));
        int n = sorted.length;
        if (n < 2) {
            return List.of();
        }
        double[] prefix = new double[n + 1];
        double[] prefixSq = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double e = sorted[i].energyJoules();
            prefix[i + 1] = prefix[i] + e;
            prefixSq[i + 1] = prefixSq[i] + e * e;
        }
        int bestSplit = 1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int s = 1; s < n; s++) {
            double cost = squares(prefix, prefixSq, 0, s) + squares(prefix, prefixSq, s, n);
            if (cost < bestCost) {
                bestCost = cost;
                bestSplit = s;
            }
        }
        return List.of(cluster("E-", Arrays.copyOfRange(sorted, 0, bestSplit), factors),
                cluster("E+", Arrays.copyOfRange(sorted, bestSplit, n), factors));
    }

    private static double squares(double[] prefix, double[] prefixSq, int from, int to) {
        double sum = prefix[to] - prefix[from];
        return prefixSq[to] - prefixSq[from] - sum * sum / (to - from);
    }

    private static EnergyCluster cluster(String name, FactorialRun[] runs, List<String> factors) {
        double[] accuracy = Arrays.stream(runs).mapToDouble(FactorialRun::accuracy).toArray();
        Map<String, Integer> cells = new TreeMap<>();
        for (FactorialRun r : runs) {
            cells.merge(r.cell(factors), 1, Integer::sum);
        }
        return new EnergyCluster(name, runs.length, Descriptive.mean(energies(List.of(runs))),
                Descriptive.mean(accuracy), Descriptive.max(accuracy), Descriptive.sd(accuracy), cells);
    }

    private static double[] energies(List<FactorialRun> runs) {
        return runs.stream().mapToDouble(FactorialRun::energyJoules).toArray();
    }

    private static List<List<String>> cartesian(Map<String, List<String>> factors) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> levels : factors.values()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String level : levels) {
                    List<String> cell = new ArrayList<>(prefix);
                    cell.add(level);
                    next.add(cell);
                }
            }
            out = next;
        }
        return out;
    }
}
