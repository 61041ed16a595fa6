package org.greentrain.study.architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.study.factorial.AblationDesign;
import org.greentrain.study.report.EnvironmentRows;
import org.greentrain.study.report.Report;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.report.Report.Table;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;

/**
 * The report of an architecture study: the headline effects, energy per cell, the per-factor tests, accuracy against
 * energy with the Pareto front and the Table V clusters, energy per layer type from the cell profiles, the paper's
 * findings beside this study's, every run, the design and the environment. Registered for kind
 * {@value ArchitectureStudy#KIND}.
 */
public final class ArchitectureReport {

    private ArchitectureReport() {
    }

    /**
     * The report of a stored architecture study (the registry's entry point).
     *
     * @throws IllegalArgumentException when the study is not an architecture study
     */
    public static Report build(Storage storage, StudyRecord study) {
        return of(ArchitectureStudy.load(storage, study).snapshot());
    }

    /** The report of a snapshot. */
    public static Report of(ArchitectureSnapshot s) {
        ArchitectureDesign d = s.design();
        AblationDesign ablation = d.ablation();
        String subtitle = String.format(Locale.ROOT, "study %s · %s, %s | %s · %d cells × %d set(s) × %d repeat(s) · "
                        + "%d epoch(s), batch %d", s.study(), d.dataset(), d.model(), String.join(" ", d.factors()),
                ablation.models().cells().size(), d.hyperSets(), d.repeats(), d.epochs(), d.batchSize());
        List<Section> sections = new ArrayList<>();
        FactorialAnalysis a = s.analysis();
        if (a == null) {
            sections.add(new Section("statistics", "Statistics", List.of("No statistics yet: " + s.analysisNote()
                    + "."), List.of(), List.of()));
        } else {
            sections.add(new Section("cells", "Energy per architecture", List.of("Every cell of the design trains "
                    + "with the same " + d.hyperSets() + " random hyperparameter set(s), " + d.repeats() + " time(s) "
                    + "each. A run's energy is that of its training loop (every epoch), as in the paper: building the "
                    + "model and the final test evaluation are left out."),
                    List.of(ArchitectureCharts.energyPerCell(a)), List.of(ArchitectureTables.cells(s))));
            sections.add(new Section("factors", "Which layers cost the energy", List.of("Each factor is tested with "
                    + "Kruskal-Wallis on the energy of all runs grouped by its level, since run energy is not normally "
                    + "distributed; η² = (H - k + 1) / (n - k) is labelled small, medium or large at 0.01, 0.06 and "
                    + "0.14, the paper's thresholds. The mean energy increase of a level is the mean of the cell means "
                    + "at that level over that at the baseline, minus one."), List.of(),
                    List.of(ArchitectureTables.factors(a))));
            sections.add(new Section("trade-off", "Accuracy against energy", List.of("A run is Pareto-optimal when no "
                    + "other run used less energy and reached a higher accuracy. The clusters split all runs in two by "
                    + "energy with an exact one-dimensional two-means, as the paper's Table V."),
                    List.of(ArchitectureCharts.accuracyAgainstEnergy(s)), List.of(ArchitectureTables.clusters(a))));
        }
        sections.add(layerTypes(s));
        sections.add(ArchitecturePaperComparison.section(s));
        sections.add(new Section("runs", "Every run", List.of(), List.of(), List.of(ArchitectureTables.runs(s))));
        sections.add(new Section("design", "Design", List.of(), List.of(), List.of(ArchitectureTables.design(d),
                ArchitectureTables.hyperparameterSets(ablation.hyperparameterSets()))));
        return new Report("Architecture study: " + s.study(), subtitle, highlights(s), sections,
                environment(s));
    }

    /** The headline findings, one sentence each; the command line prints them too. */
    public static List<String> highlights(ArchitectureSnapshot s) {
        return ArchitectureHighlights.of(s);
    }

    private static Section layerTypes(ArchitectureSnapshot s) {
        List<CellProfile> profiles = s.profiles();
        String how = "Each cell is profiled once over " + s.design().profileBatches() + " training step(s) of "
                + s.design().batchSize() + " examples under PyTorch's operator profiler, with the first "
                + "hyperparameter set. The joules measured over that interval are shared out in proportion to each "
                + "layer type's operator time (forward and backward passes together); time no operator covers is "
                + "'unattributed', so a cell's bars add up to its profiled joules. The profiler slows training down, "
                + "so these joules are larger than an unprofiled interval's; compare shares and cells, not totals "
                + "with the runs.";
        if (profiles.isEmpty()) {
            return new Section("layer-types", "Energy per layer type", List.of(how, "No cell has been profiled yet."),
                    List.of(), List.of());
        }
        List<Chart> charts = List.of(ArchitectureCharts.energyPerLayerType(profiles));
        List<Table> tables = List.of(ArchitectureTables.layerTypes(profiles), ArchitectureTables.profiles(profiles),
                ArchitectureTables.profileRows(profiles));
        return new Section("layer-types", "Energy per layer type", List.of(how), charts, tables);
    }

    /** The study, the energy provenances, and each environment the study ran in (numbered when several). */
    private static Map<String, String> environment(ArchitectureSnapshot s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("study", s.study() + " in " + s.storage());
        out.put("energy provenance", s.provenances().isEmpty() ? "no runs yet" : String.join(", ", s.provenances()));
        out.putAll(EnvironmentRows.of(s.environments()));
        return out;
    }
}
