package org.greentrain.study.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.study.reduction.Fmt;
import org.greentrain.study.reduction.Highlights;
import org.greentrain.study.reduction.ReductionReport;
import org.greentrain.study.report.Report;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.report.Report.Table;
import org.greentrain.study.tuning.TuningFormat;
import org.greentrain.study.tuning.TuningReport;

/**
 * The demo's one report: the three summary sentences as highlights, an overview of what ran and what it cost, then
 * every section of the reduction study's report and of the tuning study's report. Each part's section, chart and table
 * ids get the part's prefix ({@value #REDUCTION_PREFIX}, {@value #TUNING_PREFIX}), so that the page's ids stay
 * unique, and each part's own highlights open its first section.
 */
public final class DemoReport {

    /** Prefix of the reduction part's ids. */
    public static final String REDUCTION_PREFIX = "reduction-";

    /** Prefix of the tuning part's ids. */
    public static final String TUNING_PREFIX = "tuning-";

    private DemoReport() {
    }

    /** The report of {@code result}, whose findings are {@code summary}. */
    public static Report build(DemoResult result, DemoSummary summary) {
        Report reduction = ReductionReport.build(result.reduction());
        Report tuning = TuningReport.of(DemoStudies.TUNING_STUDY, result.tuning().analysis(),
                result.tuning().environments());
        List<Section> sections = new ArrayList<>();
        sections.add(overview(result));
        sections.addAll(part(reduction, REDUCTION_PREFIX, "Data reduction"));
        sections.addAll(part(tuning, TUNING_PREFIX, "Tuning"));
        String subtitle = String.format(Locale.ROOT, "greentrain demo · %d of %d runs and rounds finished · stored in "
                + "%s · energy: %s", result.finished(), result.design().totalWork(), result.storage(),
                result.design().reduction().meter());
        return new Report("greentrain demo: data reduction and tuning, accuracy against energy", subtitle,
                summary.lines(), sections, environment(result, reduction, tuning));
    }

    private static Section overview(DemoResult result) {
        DemoDesign d = result.design();
        List<String> paragraphs = List.of(
                "The demo ran two of greentrain's studies on built-in data, stored every run as it ended, and "
                        + "resumes where it stopped when run again. Part 1 trains a network on reduced training sets "
                        + "and on the full one, and compares accuracy and energy. Part 2 compares hyperparameter "
                        + "search strategies by the energy each needs to reach a target accuracy.",
                "The summary above is computed from the stored results: sentence 1 takes, among the reductions "
                        + "that used less energy than the full data, the cheapest that kept "
                        + Fmt.percent(Highlights.NEAR_FULL) + " of its accuracy (medians over the repeats); sentence 2 "
                        + "takes the strategy that reached the target (" + Fmt.percent(d.tuning().targetFraction())
                        + " of the best accuracy) with the least energy and compares it with grid and random search; "
                        + "sentence 3 adds up the energy of every stored run and round.",
                "For the full studies, run greentrain study reduction --dataset spambase and greentrain study "
                        + "tuning --dataset fashion-mnist; greentrain report demo-reduction --storage "
                        + result.storage() + " writes one part's report alone.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("1. data reduction", DemoStudies.REDUCTION_STUDY, d.reductionSummary(),
                result.reduction().runs().size() + " of " + d.reduction().totalRuns(),
                TuningFormat.joules(result.reductionEnergy().joules()),
                String.join(", ", result.reductionEnergy().provenances())));
        rows.add(List.of("2. tuning", DemoStudies.TUNING_STUDY, d.tuningSummary(),
                result.tuningRounds() + " of " + d.tuning().totalRounds(),
                TuningFormat.joules(result.tuningEnergy().joules()),
                String.join(", ", result.tuningEnergy().provenances())));
        Table parts = new Table("overview", "The two parts", List.of("part", "study", "design", "finished",
                "energy", "provenance"), rows);
        return new Section("overview", "What the demo did", paragraphs, List.of(), List.of(parts));
    }

    /**
     * The sections of {@code report} with prefixed ids and titles; its subtitle and highlights become the first
     * section's opening paragraphs.
     */
    private static List<Section> part(Report report, String prefix, String name) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < report.sections().size(); i++) {
            Section s = report.sections().get(i);
            List<String> paragraphs = new ArrayList<>();
            if (i == 0) {
                paragraphs.add(report.title() + ". " + report.subtitle() + ".");
                report.highlights().forEach(h -> paragraphs.add("Finding: " + h));
            }
            paragraphs.addAll(s.paragraphs());
            List<Chart> charts = s.charts().stream().map(c -> new Chart(prefix + c.id(), c.title(), c.x(), c.y(),
                    c.categories(), c.series())).toList();
            List<Table> tables = s.tables().stream().map(t -> new Table(prefix + t.id(), t.title(), t.columns(),
                    t.rows())).toList();
            out.add(new Section(prefix + s.id(), name + " · " + s.title(), paragraphs, charts, tables));
        }
        return out;
    }

    /** The reduction part's environment, then what the tuning part's adds or records differently. */
    private static Map<String, String> environment(DemoResult result, Report reduction, Report tuning) {
        Map<String, String> out = new LinkedHashMap<>(reduction.environment());
        out.remove("study");
        out.put("studies", DemoStudies.REDUCTION_STUDY + " and " + DemoStudies.TUNING_STUDY + " in "
                + result.storage());
        tuning.environment().forEach((key, value) -> {
            String mine = out.get(key);
            if (mine == null) {
                out.put(key, value);
            } else if (!mine.equals(value)) {
                out.put("tuning part: " + key, value);
            }
        });
        return out;
    }
}
