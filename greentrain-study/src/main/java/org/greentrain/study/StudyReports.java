package org.greentrain.study;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.greentrain.study.architecture.ArchitectureReport;
import org.greentrain.study.architecture.ArchitectureStudy;
import org.greentrain.study.reduction.ReductionReport;
import org.greentrain.study.reduction.ReductionStudy;
import org.greentrain.study.report.Report;
import org.greentrain.study.tuning.TuningReport;
import org.greentrain.study.tuning.TuningStudy;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;

/**
 * The registry of study kinds that have a report. Every study runner marks its study with the attribute
 * {@value #KIND_ATTR} (for example {@code reduction}); {@link #build} reads it and hands the study to that kind's
 * {@link StudyReportBuilder}.
 *
 * <p>To add a kind, add one entry to {@link #BUILDERS}: {@code Map.entry("tuning", TuningReport::build)}, where the
 * builder turns a stored study of that kind into a {@link Report}. Nothing else changes: {@code greentrain report}
 * finds the new kind through this map.
 */
public final class StudyReports {

    /** The study attribute naming a study's kind. */
    public static final String KIND_ATTR = "greentrain.kind";

    /** Report builders by kind. */
    private static final Map<String, StudyReportBuilder> BUILDERS = Map.ofEntries(
            Map.entry(ReductionStudy.KIND, ReductionReport::build),
            Map.entry(TuningStudy.KIND, TuningReport::build),
            Map.entry(ArchitectureStudy.KIND, ArchitectureReport::build));

    private StudyReports() {
    }

    /** Turns one stored study of a known kind into a report. */
    @FunctionalInterface
    public interface StudyReportBuilder {

        /**
         * The report of {@code study}, read from {@code storage}.
         *
         * @throws IllegalArgumentException when the stored study cannot be read as this kind
         */
        Report build(Storage storage, StudyRecord study);
    }

    /** The kinds that have a report, sorted. */
    public static List<String> kinds() {
        return List.copyOf(new TreeSet<>(BUILDERS.keySet()));
    }

    /**
     * The report of the study called {@code name}.
     *
     * @throws IllegalArgumentException when there is no such study (the message lists the studies that exist), or
     *                                  the study is of no kind with a report
     */
    public static Report build(Storage storage, String name) {
        StudyRecord study = storage.findStudy(name).orElseThrow(() -> new IllegalArgumentException(
                "no study '" + name + "' in " + storage.describe() + "; " + existing(storage)));
        String kind = study.attrs().get(KIND_ATTR);
        StudyReportBuilder builder = kind == null ? null : BUILDERS.get(kind);
        if (builder == null) {
            throw new IllegalArgumentException("study '" + name + "' is " + (kind == null
                    ? "a plain tuning study (no " + KIND_ATTR + " attribute)" : "of kind '" + kind + "'")
                    + ", and reports exist for studies made by greentrain study: " + String.join(", ", kinds())
                    + "; see it with greentrain studies show " + name);
        }
        return builder.build(storage, study);
    }

    private static String existing(Storage storage) {
        List<StudyRecord> all = storage.studies();
        if (all.isEmpty()) {
            return "it holds no studies yet (run greentrain study reduction ... first)";
        }
        StringBuilder s = new StringBuilder("studies there: ");
        for (int i = 0; i < all.size(); i++) {
            StudyRecord r = all.get(i);
            String kind = r.attrs().get(KIND_ATTR);
            s.append(i == 0 ? "" : ", ").append(r.name()).append(kind == null ? "" : " (" + kind + ")");
        }
        return s.toString();
    }
}
