package org.greentrain.study.architecture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.StudyReports;
import org.greentrain.study.factorial.AblationDesign;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.AblationStudy;
import org.greentrain.study.factorial.Cell;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;

/**
 * An architecture study kept in a tune {@link Storage}: the {@link AblationStudy} of its design (one trial per run),
 * marked {@value StudyReports#KIND_ATTR} = {@value #KIND}, with the design ({@value #DESIGN_ATTR}, JSON), the
 * environments it ran in ({@value #ENVIRONMENTS_ATTR}, a JSON list) and one attribute per profiled cell
 * ({@value #PROFILE_ATTR_PREFIX} + the cell label, JSON). Each run and each profile is stored the moment it ends, so
 * the study resumes at the last finished one; opening it with another design is refused before anything is written.
 */
public final class ArchitectureStudy {

    /** The value of {@link StudyReports#KIND_ATTR} that marks an architecture study. */
    public static final String KIND = "architecture";
    /** The study attribute holding the design as JSON. */
    public static final String DESIGN_ATTR = "greentrain.design";
    /** The study attribute holding the distinct environments of the study's sessions as a JSON list. */
    public static final String ENVIRONMENTS_ATTR = "greentrain.environments";
    /** The prefix of the study attributes holding the cell profiles, followed by the cell label. */
    public static final String PROFILE_ATTR_PREFIX = "greentrain.profile:";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Storage storage;
    private final String name;
    private final ArchitectureDesign design;
    private final AblationStudy ablation;

    private ArchitectureStudy(Storage storage, String name, ArchitectureDesign design, AblationStudy ablation) {
        this.storage = storage;
        this.name = name;
        this.design = design;
        this.ablation = ablation;
    }

    /**
     * Opens study {@code name} to run {@code design}: creates it, or checks that it is an architecture study of this
     * very design. Runs a killed process left RUNNING are marked FAIL so that they run again.
     *
     * @throws IllegalArgumentException when a study of that name is of another kind or holds another design, or a run
     *                                  of it is alive in another process (nothing is written then)
     */
    public static ArchitectureStudy open(Storage storage, String name, ArchitectureDesign design) {
        Optional<StudyRecord> existing = storage.findStudy(name);
        existing.ifPresent(r -> checkResumable(r, design, storage));
        AblationStudy ablation = AblationStudy.open(storage, name, design.ablation());
        long id = ablation.study().id();
        if (existing.isEmpty() || !existing.get().attrs().containsKey(DESIGN_ATTR)) {
            storage.setStudyAttr(id, DESIGN_ATTR, write(design));
            storage.setStudyAttr(id, StudyReports.KIND_ATTR, KIND);
        }
        return new ArchitectureStudy(storage, name, design, ablation);
    }

    /**
     * Reads a stored architecture study without changing it, for reports; works while another process runs it.
     *
     * @throws IllegalArgumentException when the study is not an architecture study or its design is unreadable
     */
    public static ArchitectureStudy load(Storage storage, StudyRecord record) {
        ArchitectureDesign design = storedDesign(record, storage);
        return new ArchitectureStudy(storage, record.name(), design,
                AblationStudy.openExisting(storage, record.name(), design.ablation()));
    }

    /** The study's name. */
    public String name() {
        return name;
    }

    /** The design. */
    public ArchitectureDesign design() {
        return design;
    }

    /** The finished runs, in trial order. */
    public List<AblationRun> runs() {
        return ablation.completedRuns();
    }

    /** Adds {@code env} to the study's environments unless it equals the last one recorded. */
    public void recordEnvironment(RunEnvironment env) {
        List<RunEnvironment> all = new ArrayList<>(environments());
        if (all.isEmpty() || !all.get(all.size() - 1).equals(env)) {
            all.add(env);
            storage.setStudyAttr(ablation.study().id(), ENVIRONMENTS_ATTR, write(all));
        }
    }

    /** The environments the study ran in, first first; empty before its first session. */
    public List<RunEnvironment> environments() {
        String json = attrs().get(ENVIRONMENTS_ATTR);
        return json == null ? List.of() : read(json, new TypeReference<List<RunEnvironment>>() {
        }, ENVIRONMENTS_ATTR);
    }

    /** Stores the profile of one cell, replacing an earlier one of the same cell. */
    public void storeProfile(CellProfile profile) {
        storage.setStudyAttr(ablation.study().id(), PROFILE_ATTR_PREFIX + profile.cell(), write(profile));
    }

    /** The cell profiles stored so far, in design order. */
    public List<CellProfile> profiles() {
        Map<String, String> attrs = attrs();
        List<CellProfile> out = new ArrayList<>();
        for (Cell cell : design.ablation().models().cells()) {
            String json = attrs.get(PROFILE_ATTR_PREFIX + cell.label());
            if (json != null) {
                out.add(read(json, new TypeReference<CellProfile>() {
                }, PROFILE_ATTR_PREFIX + cell.label()));
            }
        }
        return out;
    }

    /** Everything the study holds now, with the statistics of its finished runs. */
    public ArchitectureSnapshot snapshot() {
        List<AblationRun> runs = runs();
        AblationDesign d = design.ablation();
        FactorialAnalysis analysis = null;
        String note = null;
        if (runs.isEmpty()) {
            note = "no finished runs yet";
        } else {
            try {
                analysis = FactorialAnalysis.of(d.models().levels(),
                        runs.stream().map(AblationRun::toFactorialRun).toList(), d.seed());
            } catch (IllegalArgumentException e) {
                note = String.format(Locale.ROOT, "no statistics yet over %d finished run(s): %s", runs.size(),
                        e.getMessage());
            }
        }
        return new ArchitectureSnapshot(name, storage.describe(), design, runs, analysis, note, profiles(),
                environments());
    }

    private Map<String, String> attrs() {
        return storage.findStudy(name).map(StudyRecord::attrs).orElse(Map.of());
    }

    /**
     * Refuses a stored study of another kind or design. A study without a kind is accepted only while it holds no
     * trial: the leftover of a process killed between creating the study and marking it.
     */
    private static void checkResumable(StudyRecord record, ArchitectureDesign design, Storage storage) {
        String kind = record.attrs().get(StudyReports.KIND_ATTR);
        if (kind == null && storage.trials(record.id()).isEmpty()) {
            return;
        }
        ArchitectureDesign stored = storedDesign(record, storage);
        if (stored.equals(design)) {
            return;
        }
        Map<String, String> before = stored.settings();
        List<String> differences = new ArrayList<>();
        design.settings().forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                differences.add(key + " " + before.get(key) + " stored, " + value + " given");
            }
        });
        throw new IllegalArgumentException("architecture study '" + record.name() + "' was run with another design ("
                + String.join("; ", differences) + "): repeat the stored design to resume it, or give a new --study "
                + "name");
    }

    private static ArchitectureDesign storedDesign(StudyRecord record, Storage storage) {
        String kind = record.attrs().get(StudyReports.KIND_ATTR);
        String json = record.attrs().get(DESIGN_ATTR);
        if (!KIND.equals(kind)) {
            throw new IllegalArgumentException("study '" + record.name() + "' in " + storage.describe() + " is "
                    + (kind == null ? "not an architecture study" : "a " + kind + " study, not an architecture study")
                    + ": give another --study name");
        }
        if (json == null) {
            throw new IllegalArgumentException("architecture study '" + record.name() + "' in " + storage.describe()
                    + " has no stored design (" + DESIGN_ATTR + "): give another --study name");
        }
        try {
            return JSON.readValue(json, ArchitectureDesign.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + record.name() + "' has a corrupt " + DESIGN_ATTR
                    + " attribute: " + e.getOriginalMessage());
        }
    }

    private <T> T read(String json, TypeReference<T> type, String attr) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + name + "' has a corrupt " + attr + " attribute: "
                    + e.getOriginalMessage());
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
