package org.greentrain.study.reduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.greentrain.study.report.Report;
import org.greentrain.study.report.Report.Axis;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.report.Report.Series;
import org.greentrain.study.report.Report.Style;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;

/**
 * The report of a reduction study: accuracy against energy with the Pareto front of the (method, fraction) medians;
 * energy, accuracy, macro-F1 and ε against the fraction kept; per method, accuracy and macro-F1 with their spread over
 * the repeats (a band from the lowest to the highest run, with the median line); the tables of medians, of Spearman's
 * ρ per fraction and of the saving against the full data; the paper's findings beside this study's; every run; the
 * design and the environment.
 */
public final class ReductionReport {

    private static final Axis KEPT = Axis.linear("fraction of the training set kept");

    /** Below this share of the machine's CPU time, a run is taken to have shared the machine with other load. */
    private static final double CONTENDED_SHARE = 0.8;

    private ReductionReport() {
    }

    /**
     * The report of stored study {@code record}, for {@code greentrain report}.
     *
     * @throws IllegalArgumentException when it is not a readable reduction study
     */
    public static Report build(Storage storage, StudyRecord record) {
        ReductionStudy study = ReductionStudy.load(storage, record);
        List<ReductionRun> runs = study.completedRuns();
        ReductionStatistics statistics = ReductionStatistics.of(study.design(), runs);
        int trainRows = runs.isEmpty() ? 0 : runs.get(0).trainRows();
        int testRows = runs.isEmpty() ? 0 : runs.get(0).testRows();
        return build(new ReductionResult(study.design(), study.name(), study.storageDescription(), trainRows,
                testRows, runs, runs.size(), 0, List.of(), statistics, study.environments()));
    }

    /** The report of a study's result. */
    public static Report build(ReductionResult result) {
        ReductionDesign d = result.design();
        String subtitle = String.format(Locale.ROOT, "Study '%s' in %s · %s · %d of %d runs finished · energy: %s",
                result.study(), result.storage(), d.summary(), result.runs().size(), d.totalRuns(), d.meter());
        List<Section> sections = List.of(tradeOff(result), quality(result), representativeness(result),
                ReductionTables.mediansSection(result), PaperComparison.section(result),
                ReductionTables.runsSection(result), ReductionTables.designSection(result));
        return new Report("Data reduction on " + d.dataset() + ": accuracy against energy", subtitle,
                Highlights.of(result), sections, ReductionTables.environment(result));
    }

    private static Section tradeOff(ReductionResult result) {
        ReductionStatistics s = result.statistics();
        List<Series> pareto = new ArrayList<>();
        List<Series> energy = new ArrayList<>();
        for (String m : result.design().methods()) {
            List<CellStats> cells = cellsOf(s, m);
            pareto.add(series(m.toUpperCase(Locale.ROOT), Style.POINTS, cells, c -> c.joules().median(),
                    c -> c.accuracy().median()));
            energy.add(series(m.toUpperCase(Locale.ROOT), Style.LINE, cells, CellStats::keep,
                    c -> c.joules().median()));
        }
        if (s.baseline() != null) {
            pareto.add(series("full data", Style.POINTS, List.of(s.baseline()), c -> c.joules().median(),
                    c -> c.accuracy().median()));
            energy.add(series("full data", Style.POINTS, List.of(s.baseline()), CellStats::keep,
                    c -> c.joules().median()));
        }
        pareto.add(series("Pareto front", Style.STEP, s.paretoFront(), c -> c.joules().median(),
                c -> c.accuracy().median()));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Each point is the median over the repeats of one method at one fraction kept; energy is that "
                + "of reduction + training, as the paper counts it. The Pareto front joins the choices no other beats "
                + "on both accuracy and energy.");
        paragraphs.add(energyNote(result));
        return new Section("trade-off", "Accuracy against energy", paragraphs, List.of(
                new Chart("pareto", "Test accuracy against energy (medians), with the Pareto front",
                        Axis.linear("energy of reduction + training (J)"), Axis.linear("test accuracy"), List.of(),
                        pareto),
                new Chart("energy", "Energy against the fraction kept (medians)", KEPT,
                        Axis.linear("energy of reduction + training (J)"), List.of(), energy)),
                List.of());
    }

    /**
     * What the joules mean: measured, or the paper's constant model; whether the runs' provenances agree; and how many
     * runs shared the machine with other load.
     */
    public static String energyNote(ReductionResult result) {
        ReductionStatistics s = result.statistics();
        String source = "Energy provenance: " + (s.provenances().isEmpty() ? "none yet"
                : String.join(", ", s.provenances())) + ". ";
        if (result.design().paperConstantPower()) {
            source += "These joules come from the constant-power model with CodeCarbon's constants (42.5 W CPU + "
                    + "23.43 W RAM), as the paper's, so they are a rescaled wall-clock time and compare with the "
                    + "published figures (the hardware differs).";
        } else if (result.design().meter().startsWith("constant-power")) {
            source += "These joules come from a constant-power model (" + result.design().meter() + "): a rescaled "
                    + "wall-clock time.";
        } else {
            source += "These joules were measured on this machine; the paper's come from CodeCarbon's constant "
                    + "model (42.5 W + 23.43 W), so compare its ratios, not its joules, or rerun with "
                    + "--constant-power 42.5,23.43.";
        }
        if (!s.singleProvenance()) {
            source += " The runs' energy provenances differ, so their joules do not compare one to one.";
        }
        long contended = result.runs().stream().filter(r -> r.processShare() < CONTENDED_SHARE).count();
        if (contended > 0) {
            source += String.format(Locale.ROOT, " %d of %d runs had less than %.0f%% of the machine's CPU time: "
                    + "other load shared the machine, which can slow a run and inflate its time and energy, so compare "
                    + "those with care or rerun on a quiet machine (the run table shows each run's share).",
                    contended, result.runs().size(), CONTENDED_SHARE * 100);
        }
        return source;
    }

    private static Section quality(ReductionResult result) {
        ReductionStatistics s = result.statistics();
        List<Series> accuracy = new ArrayList<>();
        List<Series> f1 = new ArrayList<>();
        List<Chart> perMethod = new ArrayList<>();
        for (String m : result.design().methods()) {
            List<CellStats> cells = cellsOf(s, m);
            String name = m.toUpperCase(Locale.ROOT);
            accuracy.add(series(name, Style.LINE, cells, CellStats::keep, c -> c.accuracy().median()));
            f1.add(series(name, Style.LINE, cells, CellStats::keep, c -> c.macroF1().median()));
            perMethod.add(spreadChart(m, cells, s.baseline(), result.design()));
        }
        if (s.baseline() != null) {
            accuracy.add(fullLine(result.design(), s.baseline().accuracy().median()));
            f1.add(fullLine(result.design(), s.baseline().macroF1().median()));
        }
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("accuracy", "Test accuracy against the fraction kept (medians)", KEPT,
                Axis.linear("test accuracy"), List.of(), accuracy));
        charts.add(new Chart("macro-f1", "Macro-F1 against the fraction kept (medians)", KEPT,
                Axis.linear("macro-F1"), List.of(), f1));
        charts.addAll(perMethod);
        return new Section("quality", "Accuracy and macro-F1 against the fraction kept", List.of("The first two "
                + "charts compare the methods' medians with the full-data median (the full data line). The charts per "
                + "method show the spread over the repeats: each band runs from the lowest to the highest run, the "
                + "line is the median."), charts, List.of());
    }

    private static Chart spreadChart(String method, List<CellStats> cells, CellStats baseline,
                                     ReductionDesign design) {
        List<Series> series = new ArrayList<>();
        series.add(band("accuracy (min-max over repeats)", cells, c -> c.accuracy().min(), c -> c.accuracy().max()));
        series.add(series("accuracy", Style.LINE, cells, CellStats::keep, c -> c.accuracy().median()));
        series.add(band("macro-F1 (min-max over repeats)", cells, c -> c.macroF1().min(), c -> c.macroF1().max()));
        series.add(series("macro-F1", Style.LINE, cells, CellStats::keep, c -> c.macroF1().median()));
        if (baseline != null) {
            series.add(fullLine(design, baseline.accuracy().median()));
        }
        return new Chart("spread-" + method, method.toUpperCase(Locale.ROOT) + ": accuracy and macro-F1 over the "
                + "repeats", KEPT, Axis.linear("test metric"), List.of(), series);
    }

    private static Section representativeness(ReductionResult result) {
        ReductionStatistics s = result.statistics();
        List<Series> epsilon = new ArrayList<>();
        for (String m : result.design().methods()) {
            epsilon.add(series(m.toUpperCase(Locale.ROOT), Style.LINE, cellsOf(s, m), CellStats::keep,
                    CellStats::epsilon));
        }
        return new Section("epsilon", "ε-representativeness", List.of("ε is the largest L∞ distance, on the "
                + "min-max-scaled features, from a training row to the nearest kept row of its class: the smaller, "
                + "the better the kept rows cover the training set (0 for the full data). A set that lost a whole "
                + "class has an infinite ε and is left out of the chart. Spearman's ρ is computed per fraction over "
                + "every (repeat, method) run, as in the paper."),
                List.of(new Chart("epsilon", "ε against the fraction kept (medians)", KEPT, Axis.linear("ε (L∞)"),
                        List.of(), epsilon)),
                List.of(ReductionTables.spearmanTable(s)));
    }

    /** The full-data level as a line across the design's fractions and 1. */
    private static Series fullLine(ReductionDesign design, double level) {
        double lo = design.keepFractions().get(0);
        return Series.of("full data", Style.LINE, new double[] {lo, 1.0}, new double[] {level, level});
    }

    private static List<CellStats> cellsOf(ReductionStatistics s, String method) {
        return s.cells().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** A series of the cells' points, leaving out any point with a non-finite coordinate. */
    private static Series series(String name, Style style, List<CellStats> cells, ToDoubleFunction<CellStats> x,
                                 ToDoubleFunction<CellStats> y) {
        List<CellStats> finite = cells.stream().filter(c -> Double.isFinite(x.applyAsDouble(c))
                && Double.isFinite(y.applyAsDouble(c))).toList();
        return Series.of(name, style, finite.stream().mapToDouble(x).toArray(),
                finite.stream().mapToDouble(y).toArray());
    }

    private static Series band(String name, List<CellStats> cells, ToDoubleFunction<CellStats> lower,
                               ToDoubleFunction<CellStats> upper) {
        List<CellStats> finite = cells.stream().filter(c -> Double.isFinite(lower.applyAsDouble(c))
                && Double.isFinite(upper.applyAsDouble(c))).toList();
        return Series.band(name, finite.stream().mapToDouble(CellStats::keep).toArray(),
                finite.stream().mapToDouble(lower).toArray(), finite.stream().mapToDouble(upper).toArray());
    }
}
