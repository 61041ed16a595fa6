package org.greentrain.study.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.study.StudyReports;
import org.greentrain.study.reduction.ReductionStudy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningStudy;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;

/**
 * Where the demo keeps its two studies, and the check that a storage can hold them: the studies are named
 * {@value #REDUCTION_STUDY} and {@value #TUNING_STUDY}, and a storage that already holds studies of those names made
 * with another design (another demo version, other meter options, or studies of another kind) is refused before
 * anything runs or is written, so that a resumed demo never mixes two designs.
 */
public final class DemoStudies {

    /** The name of the reduction part's study. */
    public static final String REDUCTION_STUDY = "demo-reduction";

    /** The name of the tuning part's study. */
    public static final String TUNING_STUDY = "demo-tuning";

    private DemoStudies() {
    }

    /**
     * Checks, reading only, that {@code storage} holds no study of the demo's names made with another design.
     *
     * @throws IllegalArgumentException when it does, saying what differs and what to do
     */
    public static void checkCompatible(Storage storage, DemoDesign design) {
        Optional<StudyRecord> reduction = storage.findStudy(REDUCTION_STUDY);
        if (reduction.isPresent()) {
            reductionConflict(storage, reduction.get(), design).ifPresent(why -> {
                throw clash(storage, REDUCTION_STUDY, why);
            });
        }
        Optional<StudyRecord> tuning = storage.findStudy(TUNING_STUDY);
        if (tuning.isPresent()) {
            tuningConflict(storage, tuning.get(), design).ifPresent(why -> {
                throw clash(storage, TUNING_STUDY, why);
            });
        }
    }

    private static Optional<String> reductionConflict(Storage storage, StudyRecord record, DemoDesign design) {
        String kind = record.attrs().get(StudyReports.KIND_ATTR);
        if (!ReductionStudy.KIND.equals(kind)) {
            return Optional.of(kind == null ? "it is not a reduction study" : "it is a " + kind + " study");
        }
        Map<String, String> stored = ReductionStudy.load(storage, record).design().settings();
        Map<String, String> given = design.reduction().settings();
        List<String> differences = new ArrayList<>();
        given.forEach((key, value) -> {
            if (!value.equals(stored.get(key))) {
                differences.add(key + " " + stored.getOrDefault(key, "(none)") + " stored, " + value + " now");
            }
        });
        stored.keySet().stream().filter(key -> !given.containsKey(key))
                .forEach(key -> differences.add(key + " " + stored.get(key) + " stored, (none) now"));
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    private static Optional<String> tuningConflict(Storage storage, StudyRecord record, DemoDesign design) {
        if (!TuningStudy.isTuning(record)) {
            String kind = record.attrs().get(StudyReports.KIND_ATTR);
            return Optional.of(kind == null ? "it is not a tuning study" : "it is a " + kind + " study");
        }
        TuningDesign stored = TuningStudy.load(storage, record.name()).design();
        List<String> conflicts = design.tuning().conflictsWith(stored);
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", conflicts));
    }

    private static IllegalArgumentException clash(Storage storage, String study, String why) {
        return new IllegalArgumentException(storage.describe() + " already holds a study '" + study + "' made with "
                + "another design (" + why + "): give the demo another --storage, or delete that database to start "
                + "over");
    }
}
