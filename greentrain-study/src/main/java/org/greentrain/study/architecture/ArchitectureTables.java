package org.greentrain.study.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.HyperparameterSet;
import org.greentrain.study.report.Report.Table;
import org.greentrain.study.stats.BootstrapInterval;
import org.greentrain.study.stats.CellSummary;
import org.greentrain.study.stats.EnergyCluster;
import org.greentrain.study.stats.FactorEffect;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.study.stats.KruskalWallis;
import org.greentrain.study.stats.ParetoFront;
import org.greentrain.train.profile.LayerType;

/**
 * The tables of an architecture study, cells already formatted: the report shows them and the command line prints
 * them. The statistics tables need {@link ArchitectureSnapshot#analysis()}; callers check it first.
 */
public final class ArchitectureTables {

    private ArchitectureTables() {
    }

    /** Per factor: Kruskal-Wallis on the energy of all runs grouped by level, η² and the mean energy increase. */
    public static Table factors(FactorialAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (FactorEffect e : a.effects()) {
            KruskalWallis kw = e.test();
            rows.add(List.of(e.factor(), String.join(" → ", e.levels()), Integer.toString(kw.n()),
                    ArchitectureFormat.fixed3(kw.h()), Integer.toString(kw.df()),
                    ArchitectureFormat.pValue(kw.pValue()), ArchitectureFormat.fixed3(kw.etaSquared()),
                    kw.magnitude().name().toLowerCase(Locale.ROOT), increases(e)));
        }
        return new Table("factors", "Effect of each factor on energy (Kruskal-Wallis, η² with the paper's "
                + "thresholds 0.01 / 0.06 / 0.14)", List.of("factor", "levels", "runs", "H", "df", "p", "η²",
                "magnitude", "mean energy increase"), rows);
    }

    /** Per cell: runs, parameters, median energy and accuracy with bootstrap intervals, CV, and the Pareto front. */
    public static Table cells(ArchitectureSnapshot s) {
        Map<String, Long> parameters = new HashMap<>();
        s.runs().forEach(r -> parameters.putIfAbsent(r.cell(), r.parameterCount()));
        Set<String> front = new HashSet<>(cellFront(s.analysis()));
        List<List<String>> rows = new ArrayList<>();
        for (CellSummary c : s.analysis().cells()) {
            rows.add(List.of(c.cell(), Integer.toString(c.runs()), String.format(Locale.ROOT, "%,d",
                            parameters.getOrDefault(c.cell(), 0L)), joulesInterval(c.medianEnergy()),
                    ArchitectureFormat.percent(c.energyCv()), accuracyInterval(c.medianAccuracy()),
                    ArchitectureFormat.accuracy(c.meanAccuracy()), ArchitectureFormat.accuracy(c.maxAccuracy()),
                    front.contains(c.cell()) ? "yes" : ""));
        }
        return new Table("cells", "Per cell (medians with 95% bootstrap intervals)", List.of("cell", "runs",
                "parameters", "median energy [95% CI]", "CV of energy", "median accuracy [95% CI]", "mean accuracy",
                "max accuracy", "Pareto-optimal"), rows);
    }

    /** The paper's Table V: the runs split into a low- and a high-energy cluster by an exact 1-D two-means. */
    public static Table clusters(FactorialAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (EnergyCluster c : a.clusters()) {
            List<String> cells = new ArrayList<>();
            c.cells().forEach((cell, n) -> cells.add(cell + " (" + n + ")"));
            rows.add(List.of(c.name(), Integer.toString(c.runs()), ArchitectureFormat.joules(c.meanEnergyJoules()),
                    ArchitectureFormat.accuracy(c.meanAccuracy()), ArchitectureFormat.accuracy(c.maxAccuracy()),
                    ArchitectureFormat.accuracy(c.sdAccuracy()), String.join("; ", cells)));
        }
        return new Table("clusters", "Low- and high-energy clusters (the paper's Table V)", List.of("cluster", "runs",
                "average energy", "average accuracy", "max accuracy", "sd accuracy", "cells (runs)"), rows);
    }

    /** Per profiled cell: the joules and share of each layer type (both passes), and the interval's total. */
    public static Table layerTypes(List<CellProfile> profiles) {
        List<String> types = layerTypeOrder(profiles);
        List<String> columns = new ArrayList<>(List.of("cell", "examples", "energy"));
        columns.addAll(types);
        List<List<String>> rows = new ArrayList<>();
        for (CellProfile p : profiles) {
            Map<String, Double> joules = p.joulesByType();
            List<String> row = new ArrayList<>(List.of(p.cell(), Long.toString(p.samples()),
                    ArchitectureFormat.joules(p.energyJoules())));
            for (String type : types) {
                row.add(joules.containsKey(type) ? ArchitectureFormat.joules(joules.get(type)) + " ("
                        + ArchitectureFormat.percent(p.share(type)) + ")" : "—");
            }
            rows.add(row);
        }
        return new Table("layer-types", "Energy per layer type in each cell's profiled interval (both passes)",
                columns, rows);
    }

    /** Every row of every profile: layer type and pass, time, share and joules, with the profile's provenance. */
    public static Table profileRows(List<CellProfile> profiles) {
        List<List<String>> rows = new ArrayList<>();
        for (CellProfile p : profiles) {
            for (LayerTypeJoules r : p.layerTypes()) {
                rows.add(List.of(p.cell(), r.type(), r.pass(), String.format(Locale.ROOT, "%.3f", r.seconds()),
                        ArchitectureFormat.percent(r.share()), ArchitectureFormat.joules(r.energyJoules())));
            }
        }
        return new Table("profile-rows", "Every profile row (layer type and pass)", List.of("cell", "layer type",
                "pass", "seconds", "share", "energy"), rows);
    }

    /** How each profile was measured: examples, time, joules with band and provenance, threads, overhead. */
    public static Table profiles(List<CellProfile> profiles) {
        List<List<String>> rows = new ArrayList<>();
        for (CellProfile p : profiles) {
            rows.add(List.of(p.cell(), p.spec(), Long.toString(p.samples()), String.format(Locale.ROOT, "%.2f",
                            p.seconds()), ArchitectureFormat.joules(p.energyJoules()),
                    ArchitectureFormat.joules(p.energyLowerJoules()) + " – "
                            + ArchitectureFormat.joules(p.energyUpperJoules()), p.energyProvenance(),
                    Integer.toString(p.intraOpThreads()), ArchitectureFormat.percent(p.processShare()),
                    String.format(Locale.ROOT, "%.2f", p.throughputRatio())));
        }
        return new Table("profiles", "The profiled intervals", List.of("cell", "spec", "examples", "seconds",
                "energy", "energy band", "provenance", "threads", "CPU share", "profiled / unprofiled speed"), rows);
    }

    /** Every finished run, with whether it is on the Pareto front of energy and accuracy. */
    public static Table runs(ArchitectureSnapshot s) {
        Set<Integer> front = new HashSet<>();
        s.paretoFront().forEach(r -> front.add(r.trial()));
        List<List<String>> rows = new ArrayList<>();
        for (AblationRun r : s.runs()) {
            rows.add(List.of(Integer.toString(r.trial()), r.cell(), "h" + r.hyper(), Integer.toString(r.repetition()),
                    ArchitectureFormat.joules(r.energyJoules()), r.energyProvenance(),
                    String.format(Locale.ROOT, "%.2f", r.seconds()), ArchitectureFormat.accuracy(r.accuracy()),
                    ArchitectureFormat.accuracy(r.macroF1()), ArchitectureFormat.percent(r.processShare()),
                    front.contains(r.trial()) ? "yes" : ""));
        }
        return new Table("runs", "Every finished run (energy of the training loop)", List.of("trial", "cell", "set",
                "repetition", "energy", "provenance", "seconds", "accuracy", "macro-F1", "CPU share",
                "Pareto-optimal"), rows);
    }

    /** The random hyperparameter sets, the same in every cell. */
    public static Table hyperparameterSets(List<HyperparameterSet> sets) {
        List<String> names = List.copyOf(sets.get(0).params().asMap().keySet());
        List<String> columns = new ArrayList<>(List.of("set"));
        columns.addAll(names);
        columns.add("optimizer");
        List<List<String>> rows = new ArrayList<>();
        for (HyperparameterSet set : sets) {
            List<String> row = new ArrayList<>(List.of("h" + set.index()));
            names.forEach(n -> row.add(String.format(Locale.ROOT, "%.6g", set.params().getDouble(n))));
            row.add(set.optimizer().canonical());
            rows.add(row);
        }
        return new Table("hyperparameter-sets", "Hyperparameter sets (the same in every cell; beta2 is applied)",
                columns, rows);
    }

    /** The design's settings. */
    public static Table design(ArchitectureDesign d) {
        List<List<String>> rows = new ArrayList<>();
        d.settings().forEach((k, v) -> rows.add(List.of(k, v)));
        rows.add(List.of("cells × sets × repeats", d.ablation().models().cells().size() + " × " + d.hyperSets()
                + " × " + d.repeats() + " = " + d.totalRuns() + " runs"));
        return new Table("design", "Design", List.of("setting", "value"), rows);
    }

    /** The cells on the Pareto front of median energy and median accuracy, cheapest first. */
    static List<String> cellFront(FactorialAnalysis a) {
        return ParetoFront.of(a.cells(), c -> c.medianEnergy().median(), c -> c.medianAccuracy().median()).stream()
                .map(CellSummary::cell).toList();
    }

    /** The layer types present in the profiles, in {@link LayerType} order. */
    static List<String> layerTypeOrder(List<CellProfile> profiles) {
        Set<String> present = new HashSet<>();
        profiles.forEach(p -> present.addAll(p.joulesByType().keySet()));
        Set<String> ordered = new LinkedHashSet<>();
        for (LayerType t : LayerType.values()) {
            if (present.contains(t.id())) {
                ordered.add(t.id());
            }
        }
        ordered.addAll(new TreeSet<>(present));
        return List.copyOf(ordered);
    }

    private static String increases(FactorEffect e) {
        List<String> parts = new ArrayList<>();
        for (int l = 1; l < e.levels().size(); l++) {
            parts.add(e.levels().get(l) + " vs " + e.levels().get(0) + ": "
                    + ArchitectureFormat.change(e.meanIncrease()[l]));
        }
        return String.join(", ", parts);
    }

    private static String joulesInterval(BootstrapInterval b) {
        return ArchitectureFormat.joules(b.median()) + " [" + ArchitectureFormat.joules(b.lower()) + ", "
                + ArchitectureFormat.joules(b.upper()) + "]";
    }

    private static String accuracyInterval(BootstrapInterval b) {
        return ArchitectureFormat.accuracy(b.median()) + " [" + ArchitectureFormat.accuracy(b.lower()) + ", "
                + ArchitectureFormat.accuracy(b.upper()) + "]";
    }
}
