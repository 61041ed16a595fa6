package org.greentrain.study.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.report.Report.Table;
import org.greentrain.study.stats.CellSummary;
import org.greentrain.study.stats.EnergyCluster;
import org.greentrain.study.stats.FactorEffect;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.study.stats.KruskalWallis;

/**
 * Sets an architecture study beside the tuning paper's RQ2 findings (spec §1.3, §2 and §4.3-§4.5): what conv blocks,
 * linear layers and ReLU add to the energy of a run, how little energy varies within a cell, the low- and high-energy
 * clusters, and parameters against energy. Each row gives the paper's figure and this study's, computed from the
 * stored runs; a finding the design cannot test says so.
 */
public final class ArchitecturePaperComparison {

    private ArchitecturePaperComparison() {
    }

    /** The comparison section of the report. */
    public static Section section(ArchitectureSnapshot s) {
        return new Section("paper", "Compared with the paper", List.of(intro(s)), List.of(), List.of(table(s)));
    }

    /** The paper's findings and this study's, one row per finding. */
    public static Table table(ArchitectureSnapshot s) {
        FactorialAnalysis a = s.analysis();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Four conv blocks instead of one raise the energy of a run most",
                "+95.3% on Fashion-MNIST, +66.4% on CIFAR-10; η² = 0.749, large", factor(a, "conv")));
        rows.add(List.of("Seven linear layers instead of three cost a few percent",
                "+4.9% and +6.6%; η² = 0.155 and 0.160, large", factor(a, "linear")));
        rows.add(List.of("ReLU costs little", "+2.7% and +2.9%; η² = 0.055 and 0.033, small", factor(a, "relu")));
        rows.add(List.of("Energy hardly varies within a cell, so hyperparameters do not confound it",
                "coefficient of variation: mean 0.9%, max 1.8%", variation(a)));
        rows.add(List.of("The low-energy cluster needs far fewer joules for a small loss of accuracy",
                "Fashion-MNIST: 857 J against 1,674 J, accuracy 0.864 against 0.872; CIFAR-10: 2,758 J against "
                        + "4,588 J, 0.572 against 0.639", clusters(a)));
        rows.add(List.of("Parameters are a poor proxy for energy",
                "Fashion-MNIST: 4 conv blocks have 133,642 parameters against 309,922 for 1, yet use about twice "
                        + "the energy", parameters(s)));
        return new Table("paper-comparison", "The paper's RQ2 findings and this study's", List.of("finding", "paper",
                "this study"), rows);
    }

    private static String intro(ArchitectureSnapshot s) {
        return "The paper measured whole-run GPU energy with nvidia-smi on a GTX 1080: 25 epochs on the full "
                + "Fashion-MNIST and CIFAR-10, 384 runs per cell. This study measures the training loop with "
                + (s.provenances().isEmpty() ? "its meter" : String.join(", ", s.provenances())) + " at its own "
                + "scale (" + s.design().epochs() + " epoch(s), " + (s.design().trainRows() == 0 ? "all"
                : Integer.toString(s.design().trainRows())) + " training rows of " + s.design().dataset() + ", "
                + s.design().hyperSets() * s.design().repeats() + " runs per cell). Compare directions, ratios and "
                + "effect sizes, not joules.";
    }

    private static String factor(FactorialAnalysis a, String name) {
        if (a == null) {
            return "no statistics yet";
        }
        Optional<FactorEffect> effect = a.effects().stream().filter(e -> e.factor().equals(name)).findFirst();
        if (effect.isEmpty()) {
            return name + " is not a factor of this design";
        }
        FactorEffect e = effect.get();
        KruskalWallis kw = e.test();
        List<String> changes = new ArrayList<>();
        for (int l = 1; l < e.levels().size(); l++) {
            changes.add(e.levels().get(0) + " → " + e.levels().get(l) + " "
                    + ArchitectureFormat.change(e.meanIncrease()[l]));
        }
        return String.join(", ", changes) + "; η² = " + ArchitectureFormat.fixed3(kw.etaSquared()) + ", "
                + kw.magnitude().name().toLowerCase(Locale.ROOT) + " (p " + (kw.pValue() < 0.001 ? "< 0.001"
                : "= " + ArchitectureFormat.fixed3(kw.pValue())) + ")";
    }

    private static String variation(FactorialAnalysis a) {
        if (a == null) {
            return "no statistics yet";
        }
        double mean = a.cells().stream().mapToDouble(CellSummary::energyCv).average().orElse(0);
        double max = a.cells().stream().mapToDouble(CellSummary::energyCv).max().orElse(0);
        return "mean " + ArchitectureFormat.percent(mean) + ", max " + ArchitectureFormat.percent(max);
    }

    private static String clusters(FactorialAnalysis a) {
        if (a == null || a.clusters().size() < 2) {
            return "needs at least two finished runs";
        }
        EnergyCluster low = a.clusters().get(0);
        EnergyCluster high = a.clusters().get(1);
        return ArchitectureFormat.joules(low.meanEnergyJoules()) + " against "
                + ArchitectureFormat.joules(high.meanEnergyJoules()) + ", accuracy "
                + ArchitectureFormat.accuracy(low.meanAccuracy()) + " against "
                + ArchitectureFormat.accuracy(high.meanAccuracy());
    }

    /** The cells with the fewest and the most parameters, with their median energy. */
    private static String parameters(ArchitectureSnapshot s) {
        FactorialAnalysis a = s.analysis();
        if (a == null) {
            return "no statistics yet";
        }
        Map<String, Long> parameters = new HashMap<>();
        s.runs().forEach(r -> parameters.putIfAbsent(r.cell(), r.parameterCount()));
        List<CellSummary> cells = new ArrayList<>(a.cells());
        cells.sort(Comparator.comparingLong(c -> parameters.get(c.cell())));
        CellSummary fewest = cells.get(0);
        CellSummary most = cells.get(cells.size() - 1);
        return String.format(Locale.ROOT, "fewest: %s, %,d parameters, %s; most: %s, %,d parameters, %s",
                fewest.cell(), parameters.get(fewest.cell()), ArchitectureFormat.joules(fewest.medianEnergy().median()),
                most.cell(), parameters.get(most.cell()), ArchitectureFormat.joules(most.medianEnergy().median()));
    }
}
