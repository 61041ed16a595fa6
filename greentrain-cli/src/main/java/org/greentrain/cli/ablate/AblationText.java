package org.greentrain.cli.ablate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.study.factorial.AblationDesign;
import org.greentrain.study.factorial.AblationResult;
import org.greentrain.study.factorial.HyperparameterSet;
import org.greentrain.study.stats.CellSummary;
import org.greentrain.study.stats.EnergyCluster;
import org.greentrain.study.stats.FactorEffect;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.study.stats.KruskalWallis;

/** The human-readable report of {@code greentrain ablate}: a header, then the factor, cell and cluster tables. */
final class AblationText {

    private AblationText() {
    }

    static String render(AblationResult r, int testRows) {
        AblationDesign d = r.design();
        StringBuilder s = new StringBuilder();
        s.append("ablation   ").append(r.study()).append(" (").append(r.storage()).append(")\n");
        s.append("design     ").append(d.models().describe()).append('\n');
        s.append(String.format(Locale.ROOT, "runs       %d of %d done (%d earlier, %d now%s): %d cells x %d "
                        + "hyperparameter set(s) x %d repetition(s)%n", r.runs().size(), d.totalRuns(), r.alreadyDone(),
                r.ranNow(), r.contended() == 0 ? "" : ", " + r.contended() + " discarded as contended",
                d.models().cells().size(), d.hyperSets(), d.repeats()));
        s.append(String.format(Locale.ROOT, "training   %s, %s, %d test rows, %d epoch(s), batch %d, Adam from %s "
                        + "(beta2 applied)%n", d.dataset(), d.trainRows() == 0 ? r.trainRows() + " rows"
                        : r.trainRows() + " stratified rows", testRows, d.epochs(), d.batchSize(),
                d.hyperparameters().canonical()));
        s.append("energy     ").append(String.join(", ", r.provenances())).append(", of the training loop (every "
                + "epoch) of each run").append(r.provenances().size() > 1 ? "; MIXED provenances: compare with care"
                : "").append('\n');
        FactorialAnalysis a = r.analysis();
        if (a == null) {
            s.append("\n").append(r.analysisNote()).append('\n');
            return s.toString();
        }
        s.append("\nFactors: Kruskal-Wallis on the energy of every run, grouped by level; eta2 = (H - k + 1) / "
                + "(n - k),\nmagnitude by the paper's thresholds 0.01 / 0.06 / 0.14; increase = mean of the cell "
                + "means at a level\nover that at the baseline, minus 1\n");
        s.append(factors(a).render());
        s.append("\nCells\n").append(cells(a, r).render());
        s.append("\nEnergy clusters (Table V shape: exact 1-D two-means on run energy)\n").append(clusters(a)
                .render());
        s.append("\nHyperparameter sets (the same in every cell)\n").append(sets(r.sets()).render());
        return s.toString();
    }

    private static TextTable factors(FactorialAnalysis a) {
        TextTable t = new TextTable("factor", "levels", " n", " H", " df", " p", " eta2", "magnitude",
                "mean energy increase");
        for (FactorEffect e : a.effects()) {
            KruskalWallis kw = e.test();
            t.row(e.factor(), String.join(" -> ", e.levels()), kw.n(), fixed(kw.h(), 3), kw.df(), p(kw.pValue()),
                    fixed(kw.etaSquared(), 3), kw.magnitude().name().toLowerCase(Locale.ROOT), increases(e));
        }
        return t;
    }

    private static String increases(FactorEffect e) {
        List<String> parts = new ArrayList<>();
        for (int l = 1; l < e.levels().size(); l++) {
            parts.add(e.levels().get(l) + ": " + String.format(Locale.ROOT, "%+.1f%%", e.meanIncrease()[l] * 100));
        }
        return String.join(", ", parts) + " (vs " + e.levels().get(0) + ")";
    }

    private static TextTable cells(FactorialAnalysis a, AblationResult r) {
        Map<String, CellRuns> extra = CellRuns.byCell(r.runs());
        TextTable t = new TextTable("cell", " runs", " params", " mean energy", " median energy [95% CI]",
                " CV energy", " mean acc", " max acc", " macro-F1", " mean time");
        for (CellSummary c : a.cells()) {
            CellRuns x = extra.get(c.cell());
            t.row(c.cell(), c.runs(), x.parameterCount(), Units.joules(c.meanEnergyJoules()),
                    String.format(Locale.ROOT, "%s [%s, %s]", Units.joules(c.medianEnergy().median()),
                            Units.joules(c.medianEnergy().lower()), Units.joules(c.medianEnergy().upper())),
                    fixed(c.energyCv(), 4), fixed(c.meanAccuracy(), 4), fixed(c.maxAccuracy(), 4),
                    fixed(x.meanMacroF1(), 4), Units.seconds(x.meanSeconds()));
        }
        return t;
    }

    private static TextTable clusters(FactorialAnalysis a) {
        TextTable t = new TextTable("cluster", " runs", " avg energy", " avg acc", " max acc", " sd acc", "cells (runs)");
        for (EnergyCluster c : a.clusters()) {
            List<String> cells = new ArrayList<>();
            c.cells().forEach((cell, n) -> cells.add(cell + " (" + n + ")"));
            t.row(c.name(), c.runs(), Units.joules(c.meanEnergyJoules()), fixed(c.meanAccuracy(), 4),
                    fixed(c.maxAccuracy(), 4), fixed(c.sdAccuracy(), 4), String.join("; ", cells));
        }
        return t;
    }

    private static TextTable sets(List<HyperparameterSet> sets) {
        List<String> names = List.copyOf(sets.get(0).params().asMap().keySet());
        List<String> headers = new ArrayList<>();
        headers.add(" set");
        names.forEach(n -> headers.add(" " + n));
        TextTable t = new TextTable(headers.toArray(new String[0]));
        for (HyperparameterSet set : sets) {
            List<Object> row = new ArrayList<>();
            row.add("h" + set.index());
            names.forEach(n -> row.add(String.format(Locale.ROOT, "%.6g", set.params().getDouble(n))));
            t.row(row.toArray());
        }
        return t;
    }

    private static String p(double p) {
        return p < 0.001 ? "< 0.001" : fixed(p, 3);
    }

    private static String fixed(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
