package org.greentrain.study.reduction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.StudyReports;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.space.CategoricalParam;
import org.greentrain.tune.space.IntParam;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;

/**
 * A reduction study kept in a tune {@link Storage}: one study, one trial per run. A trial's parameters are the run's
 * method, fraction and repeat; its values are the test accuracy and the energy (reduction + training, with
 * provenance); its attributes hold the other metrics, ε and the cost split. The study is marked
 * {@code greentrain.kind = reduction}, and the design ({@value #DESIGN_ATTR}) and the environments the runs ran in
 * ({@value #ENVIRONMENTS_ATTR}) are study attributes. Opening a study with another design is refused, so a resumed
 * study never mixes two designs; a finished run is never run or stored twice.
 */
public final class ReductionStudy {

    /** The value of {@link StudyReports#KIND_ATTR} that marks a reduction study. */
    public static final String KIND = "reduction";

    /** The study attribute holding the design's settings as JSON. */
    public static final String DESIGN_ATTR = "greentrain.design";

    /** The study attribute holding the distinct environments of the study's runs, as a JSON array. */
    public static final String ENVIRONMENTS_ATTR = "greentrain.environments";

    /** A RUNNING run whose heartbeat is older than this is the leftover of a killed process. */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private static final String GOALS = "accuracy:maximize,energy:minimize";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Storage storage;
    private final StudyRecord record;
    private final ReductionDesign design;
    private final Study study;

    private ReductionStudy(Storage storage, StudyRecord record, ReductionDesign design, Study study) {
        this.storage = storage;
        this.record = record;
        this.design = design;
        this.study = study;
    }

    /**
     * Opens the reduction study {@code name} to run {@code design}, creating it when absent. Runs a killed process
     * left RUNNING are marked FAIL, so that they run again.
     *
     * @throws IllegalArgumentException when a study of that name is of another kind or holds another design, or one
     *                                  of its runs is alive in another process
     */
    public static ReductionStudy open(Storage storage, String name, ReductionDesign design) {
        Optional<StudyRecord> existing = storage.findStudy(name);
        existing.ifPresent(r -> checkCompatible(r, design, storage));
        Study study = Study.createOrLoad(storage, name, space(design), Goal.parseAll(GOALS),
                new RandomSampler(design.seed()), Pruner.none()).withStaleAfter(STALE_AFTER);
        Map<String, String> attrs = existing.map(StudyRecord::attrs).orElse(Map.of());
        if (!attrs.containsKey(DESIGN_ATTR)) {
            storage.setStudyAttr(study.id(), DESIGN_ATTR, toJson(design.settings()));
        }
        if (!attrs.containsKey(StudyReports.KIND_ATTR)) {
            storage.setStudyAttr(study.id(), StudyReports.KIND_ATTR, KIND);
        }
        StudyRecord record = storage.findStudy(name).orElseThrow();
        ReductionStudy opened = new ReductionStudy(storage, record, design, study);
        opened.clearLeftovers();
        return opened;
    }

    /**
     * Reads a stored reduction study without changing it, for reports.
     *
     * @throws IllegalArgumentException when the study is not a reduction study or its design is unreadable
     */
    public static ReductionStudy load(Storage storage, StudyRecord record) {
        if (!KIND.equals(record.attrs().get(StudyReports.KIND_ATTR))) {
            throw new IllegalArgumentException("study '" + record.name() + "' is not a reduction study");
        }
        String stored = record.attrs().get(DESIGN_ATTR);
        if (stored == null) {
            throw new IllegalArgumentException("reduction study '" + record.name() + "' has no stored design");
        }
        return new ReductionStudy(storage, record, ReductionDesign.fromSettings(settings(stored, record.name())),
                null);
    }

    /** The study's name. */
    public String name() {
        return record.name();
    }

    /** Where the study lives, for messages. */
    public String storageDescription() {
        return storage.describe();
    }

    /** The design the study runs. */
    public ReductionDesign design() {
        return design;
    }

    /** The tune study, for running; null for a study loaded for a report. */
    Study study() {
        return study;
    }

    /** The trial parameters of a run. */
    static Params params(RunKey run) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("method", run.method());
        values.put("keep", KeepFractions.format(run.keep()));
        values.put("iteration", (long) run.iteration());
        return new Params(values);
    }

    /** The finished runs, one per run of the design (the first COMPLETE trial of each), in trial order. */
    public List<ReductionRun> completedRuns() {
        Map<String, ReductionRun> byId = new LinkedHashMap<>();
        for (FrozenTrial t : storage.trials(record.id())) {
            if (t.isComplete() && t.energy() != null && t.params().has("method")) {
                ReductionRun run = toRun(t);
                byId.putIfAbsent(run.id(), run);
            }
        }
        return List.copyOf(byId.values());
    }

    /** The finished run stored as trial {@code number}. */
    ReductionRun run(int number) {
        return toRun(storage.trial(record.id(), number).filter(FrozenTrial::isComplete).orElseThrow(
                () -> new IllegalStateException("trial " + number + " of '" + name() + "' is not complete")));
    }

    /** The distinct environments the study's runs ran in, oldest first. */
    public List<RunEnvironment> environments() {
        String stored = storage.findStudy(record.name()).orElse(record).attrs().get(ENVIRONMENTS_ATTR);
        if (stored == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(stored, RunEnvironment[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + record.name() + "' has a corrupt " + ENVIRONMENTS_ATTR
                    + " attribute: " + e.getOriginalMessage(), e);
        }
    }

    /** Adds {@code environment} to the study's environments unless it is already there. */
    void recordEnvironment(RunEnvironment environment) {
        List<RunEnvironment> known = new ArrayList<>(environments());
        if (!known.contains(environment)) {
            known.add(environment);
            storage.setStudyAttr(record.id(), ENVIRONMENTS_ATTR, toJson(known));
        }
    }

    /**
     * Completes trial {@code number} with its accuracy, energy and attributes in one transaction.
     *
     * @return false when the trial was no longer RUNNING (another process failed it as stale meanwhile)
     */
    boolean complete(int number, double accuracy, TrialEnergy energy, Map<String, String> attrs) {
        return storage.finishTrial(record.id(), number, TrialState.COMPLETE, new double[] {accuracy, energy.joules()},
                energy, attrs, Instant.now());
    }

    /** Marks the RUNNING trial {@code number} FAIL with {@code reason}. */
    void fail(int number, String reason) {
        storage.finishTrial(record.id(), number, TrialState.FAIL, new double[0], null,
                Map.of(FrozenTrial.FAIL_REASON, reason), Instant.now());
    }

    private ReductionRun toRun(FrozenTrial t) {
        Map<String, String> a = t.attrs();
        TrialEnergy e = t.energy();
        return new ReductionRun(t.number(), t.params().getInt("iteration"), t.params().getString("method"),
                Double.parseDouble(t.params().getString("keep")), t.value(0), number(a, RunAttrs.MACRO_PRECISION),
                number(a, RunAttrs.MACRO_RECALL), number(a, RunAttrs.MACRO_F1), number(a, RunAttrs.EPSILON),
                numbers(a.get(RunAttrs.EPSILON_PER_CLASS)), (int) number(a, RunAttrs.TRAIN_ROWS),
                (int) number(a, RunAttrs.TEST_ROWS), (int) number(a, RunAttrs.KEPT_ROWS),
                number(a, RunAttrs.REDUCE_SECONDS),
                number(a, RunAttrs.REDUCE_JOULES), number(a, RunAttrs.TRAIN_SECONDS), number(a, RunAttrs.TRAIN_JOULES),
                e.durationSeconds(), e.joules(), e.lowerJoules(), e.upperJoules(), e.co2eGrams(), e.provenance(),
                number(a, RunAttrs.PROCESS_SHARE), notes(a.get(RunAttrs.NOTES)));
    }

    private static double number(Map<String, String> attrs, String key) {
        String v = attrs.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static double[] numbers(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        String[] parts = text.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }

    private List<String> notes(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + record.name() + "' has corrupt run notes: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Fails the RUNNING runs a killed process left: those whose heartbeat went stale, and those that never got one. A
     * run with a fresh heartbeat belongs to a live process, and one process per study is allowed.
     */
    private void clearLeftovers() {
        study.failStaleTrials();
        Instant now = Instant.now();
        for (FrozenTrial t : study.trials()) {
            if (t.state() != TrialState.RUNNING) {
                continue;
            }
            if (t.heartbeatAt() == null) {
                fail(t.number(), "interrupted before it started");
            } else {
                long age = Duration.between(t.heartbeatAt(), now).toSeconds();
                throw new IllegalArgumentException("run #" + t.number() + " of reduction study '" + name()
                        + "' is running in another process (heartbeat " + age + " s ago); run one process per study "
                        + "at a time, or, if that process was killed, try again in "
                        + Math.max(1, STALE_AFTER.toSeconds() - age) + " s");
            }
        }
    }

    /** The trials' space: method, fraction and repeat. */
    private static SearchSpace space(ReductionDesign design) {
        List<String> methods = new ArrayList<>(design.methods());
        methods.add(0, RunKey.FULL);
        List<String> keeps = new ArrayList<>();
        design.keepFractions().forEach(k -> keeps.add(KeepFractions.format(k)));
        keeps.add("1");
        return new SearchSpace(List.of(new CategoricalParam("method", methods), new CategoricalParam("keep", keeps),
                new IntParam("iteration", 0, design.repeats() - 1, false)));
    }

    private static void checkCompatible(StudyRecord record, ReductionDesign design, Storage storage) {
        String kind = record.attrs().get(StudyReports.KIND_ATTR);
        boolean unmarkedButEmpty = kind == null && storage.trials(record.id()).isEmpty()
                && record.space().equals(space(design).canonical());
        if (!KIND.equals(kind) && !unmarkedButEmpty) {
            throw new IllegalArgumentException("study '" + record.name() + "' in " + storage.describe() + " is "
                    + (kind == null ? "not a reduction study" : "a " + kind + " study")
                    + ": give another --study name");
        }
        String stored = record.attrs().get(DESIGN_ATTR);
        if (stored == null) {
            return;
        }
        Map<String, String> before = settings(stored, record.name());
        Map<String, String> now = design.settings();
        if (before.equals(now)) {
            return;
        }
        List<String> differences = new ArrayList<>();
        for (String key : now.keySet()) {
            if (!now.get(key).equals(before.get(key))) {
                differences.add(key + " " + before.getOrDefault(key, "(none)") + " stored, " + now.get(key) + " given");
            }
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                differences.add(key + " " + before.get(key) + " stored, (none) given");
            }
        }
        throw new IllegalArgumentException("reduction study '" + record.name() + "' was run with another design ("
                + String.join("; ", differences) + "): repeat the stored design to resume it, or give a new --study "
                + "name");
    }

    private static Map<String, String> settings(String json, String name) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + name + "' has a corrupt " + DESIGN_ATTR + " attribute: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
