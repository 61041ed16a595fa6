package org.greentrain.study.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.greentrain.study.stats.CellSummary;
import org.greentrain.study.stats.EnergyCluster;
import org.greentrain.study.stats.FactorEffect;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.study.stats.KruskalWallis;

/** The headline findings of an architecture study, one sentence each. */
final class ArchitectureHighlights {

    /** How many layer types the highlights quote: those with the largest share of the profiled energy. */
    private static final int QUOTED_TYPES = 3;

    private ArchitectureHighlights() {
    }

    static List<String> of(ArchitectureSnapshot s) {
        List<String> out = new ArrayList<>();
        FactorialAnalysis a = s.analysis();
        if (a == null) {
            out.add("No statistics yet: " + s.analysisNote() + ".");
        } else {
            a.effects().forEach(e -> out.addAll(effects(e)));
            if (a.clusters().size() == 2) {
                out.add(clusters(a.clusters().get(0), a.clusters().get(1)));
            }
            out.add("On the Pareto front of median energy and median accuracy: "
                    + String.join(", ", ArchitectureTables.cellFront(a)) + ".");
            out.add(variation(a));
        }
        if (!s.profiles().isEmpty()) {
            out.add(layerShares(s.profiles()));
        }
        if (s.provenances().size() > 1) {
            out.add("The runs' joules come from different meters (" + String.join(", ", s.provenances())
                    + "): compare them with care.");
        }
        if (!s.complete()) {
            out.add(String.format(Locale.ROOT, "%d of %d runs finished and %d of %d cells profiled: run the same "
                            + "command again to finish the study.", s.runs().size(), s.design().totalRuns(),
                    s.profiles().size(), s.design().ablation().models().cells().size()));
        }
        return out;
    }

    private static List<String> effects(FactorEffect e) {
        KruskalWallis kw = e.test();
        String test = String.format(Locale.ROOT, "η² = %s, %s; Kruskal-Wallis H = %.2f, p %s",
                ArchitectureFormat.fixed3(kw.etaSquared()), kw.magnitude().name().toLowerCase(Locale.ROOT), kw.h(),
                kw.pValue() < 0.001 ? "< 0.001" : "= " + ArchitectureFormat.fixed3(kw.pValue()));
        List<String> out = new ArrayList<>();
        for (int l = 1; l < e.levels().size(); l++) {
            double change = e.meanIncrease()[l];
            out.add(e.factor() + " " + e.levels().get(0) + " → " + e.levels().get(l) + (change >= 0 ? " adds "
                    + ArchitectureFormat.change(change) + " energy" : " cuts energy by "
                    + ArchitectureFormat.percent(-change)) + " (" + test + ").");
        }
        return out;
    }

    private static String clusters(EnergyCluster low, EnergyCluster high) {
        return String.format(Locale.ROOT, "Low-energy cluster E- (%d runs): %s and accuracy %s on average (max %s); "
                        + "high-energy cluster E+ (%d runs): %s and %s (max %s), so %s energy for %+.1f accuracy "
                        + "points.", low.runs(), ArchitectureFormat.joules(low.meanEnergyJoules()),
                ArchitectureFormat.accuracy(low.meanAccuracy()), ArchitectureFormat.accuracy(low.maxAccuracy()),
                high.runs(), ArchitectureFormat.joules(high.meanEnergyJoules()),
                ArchitectureFormat.accuracy(high.meanAccuracy()), ArchitectureFormat.accuracy(high.maxAccuracy()),
                ArchitectureFormat.change(high.meanEnergyJoules() / low.meanEnergyJoules() - 1),
                (high.meanAccuracy() - low.meanAccuracy()) * 100);
    }

    private static String variation(FactorialAnalysis a) {
        double[] cv = a.cells().stream().mapToDouble(CellSummary::energyCv).toArray();
        double mean = 0;
        double max = 0;
        for (double v : cv) {
            mean += v / cv.length;
            max = Math.max(max, v);
        }
        return "Coefficient of variation of energy within a cell: mean " + ArchitectureFormat.percent(mean) + ", max "
                + ArchitectureFormat.percent(max) + " (the paper: mean 0.9%, max 1.8%; below a few percent, the "
                + "hyperparameters do not confound energy).";
    }

    private static String layerShares(List<CellProfile> profiles) {
        List<String> types = new ArrayList<>(ArchitectureTables.layerTypeOrder(profiles));
        types.sort(Comparator.comparingDouble((String t) -> -maxShare(profiles, t)));
        List<String> parts = new ArrayList<>();
        for (String type : types.subList(0, Math.min(QUOTED_TYPES, types.size()))) {
            double low = profiles.stream().mapToDouble(p -> p.share(type)).min().orElse(0);
            parts.add(type + " " + ArchitectureFormat.percent(low) + " to "
                    + ArchitectureFormat.percent(maxShare(profiles, type)));
        }
        return "Largest shares of the profiled training energy, lowest to highest over the " + profiles.size()
                + " profiled cell(s): " + String.join(", ", parts) + ".";
    }

    private static double maxShare(List<CellProfile> profiles, String type) {
        return profiles.stream().mapToDouble(p -> p.share(type)).max().orElse(0);
    }
}
