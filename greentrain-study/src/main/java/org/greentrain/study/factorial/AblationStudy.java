package org.greentrain.study.factorial;

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
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.space.CategoricalParam;
import org.greentrain.tune.space.IntParam;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialState;

/**
 * An ablation kept in a tune {@link Storage}: one study per ablation, one trial per run. A trial's parameters are the
 * run's factor levels, {@code hyper} and {@code repetition} indices and drawn hyperparameters; its values are the test
 * accuracy and the energy; its attributes hold macro-F1, parameter count and the rest. The design is stored as the
 * study attribute {@value #DESIGN_ATTR}, and opening the study with a different design is refused, so a resumed
 * ablation never mixes runs of two designs.
 */
public final class AblationStudy {

    /** The study attribute holding the design's settings as JSON. */
    public static final String DESIGN_ATTR = "ablation_design";

    /** A RUNNING run whose heartbeat is older than this is taken for the leftover of a killed process. */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    static final String GOALS = "accuracy:maximize,energy:minimize";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Study study;
    private final AblationDesign design;

    private AblationStudy(Study study, AblationDesign design) {
        this.study = study;
        this.design = design;
    }

    /**
     * Opens the ablation called {@code name}, creating it when absent. Leftover RUNNING runs of a killed process are
     * marked FAIL so that they run again.
     *
     * @throws IllegalArgumentException when a study of that name holds another design or is not an ablation, or a run
     *                                  of it is still alive in another process
     */
    public static AblationStudy open(Storage storage, String name, AblationDesign design) {
        Optional<StudyRecord> existing = storage.findStudy(name);
        existing.ifPresent(r -> checkDesign(r, design, storage));
        Study study = Study.createOrLoad(storage, name, space(design), Goal.parseAll(GOALS),
                new RandomSampler(design.seed()), Pruner.none()).withStaleAfter(STALE_AFTER);
        if (existing.isEmpty() || !existing.get().attrs().containsKey(DESIGN_ATTR)) {
            storage.setStudyAttr(study.id(), DESIGN_ATTR, toJson(design.settings()));
        }
        AblationStudy ablation = new AblationStudy(study, design);
        ablation.clearLeftovers();
        return ablation;
    }

    /**
     * Opens an existing ablation to read its runs, leaving RUNNING runs alone: another process may be running it.
     *
     * @throws IllegalArgumentException when there is no such study, or it holds another design
     */
    public static AblationStudy openExisting(Storage storage, String name, AblationDesign design) {
        StudyRecord record = storage.findStudy(name).orElseThrow(() -> new IllegalArgumentException("no ablation '"
                + name + "' in " + storage.describe() + ": run it first, without --report-only"));
        checkDesign(record, design, storage);
        return new AblationStudy(Study.load(storage, name, new RandomSampler(design.seed()), Pruner.none()), design);
    }

    /** The underlying tune study. */
    public Study study() {
        return study;
    }

    /** The trial parameters of a run. */
    Params params(RunKey run, HyperparameterSet set) {
        Map<String, Object> values = new LinkedHashMap<>(run.cell().levels());
        values.put("hyper", (long) run.hyper());
        values.put("repetition", (long) run.repetition());
        values.putAll(set.params().asMap());
        return new Params(values);
    }

    /** The finished runs of the design, one per run key (the first COMPLETE trial of each), in trial order. */
    public List<AblationRun> completedRuns() {
        Map<String, AblationRun> byKey = new LinkedHashMap<>();
        for (FrozenTrial t : study.trials()) {
            if (t.isComplete() && belongsToDesign(t)) {
                byKey.putIfAbsent(key(t), toRun(t));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The identity of a run: cell, set and repetition. */
    static String key(String cell, int hyper, int repetition) {
        return cell + "|h" + hyper + "|r" + repetition;
    }

    static String key(RunKey run) {
        return key(run.cell().label(), run.hyper(), run.repetition());
    }

    private String key(FrozenTrial t) {
        return key(cellLabel(t), t.params().getInt("hyper"), t.params().getInt("repetition"));
    }

    private boolean belongsToDesign(FrozenTrial t) {
        return design.models().factors().stream().allMatch(f -> t.params().has(f.name()))
                && t.params().has("hyper") && t.params().has("repetition") && t.energy() != null;
    }

    private String cellLabel(FrozenTrial t) {
        StringBuilder s = new StringBuilder();
        for (Factor f : design.models().factors()) {
            s.append(s.length() == 0 ? "" : ",").append(f.name()).append('=').append(t.params().getString(f.name()));
        }
        return s.toString();
    }

    /** A COMPLETE trial of this ablation as a run. */
    AblationRun toRun(FrozenTrial t) {
        Map<String, String> levels = new LinkedHashMap<>();
        design.models().factors().forEach(f -> levels.put(f.name(), t.params().getString(f.name())));
        Map<String, String> a = t.attrs();
        return new AblationRun(t.number(), cellLabel(t), levels, t.params().getInt("hyper"),
                t.params().getInt("repetition"), a.getOrDefault(RunAttrs.OPTIMIZER, ""), t.energy().joules(),
                t.energy().lowerJoules(), t.energy().upperJoules(), t.energy().provenance(),
                t.energy().durationSeconds(), t.value(0), number(a, RunAttrs.MACRO_F1),
                (long) number(a, RunAttrs.PARAMETERS), number(a, RunAttrs.PROCESS_SHARE));
    }

    private static double number(Map<String, String> attrs, String key) {
        String v = attrs.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    /**
     * Fails the RUNNING runs a killed process left: those whose heartbeat went stale, and those that never got one.
     * A run with a fresh heartbeat belongs to a live process, and one ablation process per study is allowed.
     */
    private void clearLeftovers() {
        study.failStaleTrials();
        Instant now = Instant.now();
        for (FrozenTrial t : study.trials()) {
            if (t.state() != TrialState.RUNNING) {
                continue;
            }
            if (t.heartbeatAt() == null) {
                study.storage().finishTrial(study.id(), t.number(), TrialState.FAIL, new double[0], null,
                        Map.of(FrozenTrial.FAIL_REASON, "interrupted before it started"), now);
            } else {
                long age = Duration.between(t.heartbeatAt(), now).toSeconds();
                throw new IllegalArgumentException("run #" + t.number() + " of ablation '" + study.name()
                        + "' is running in another process (heartbeat " + age + " s ago); run one ablate per "
                        + "study at a time, or, if that process was killed, try again in "
                        + Math.max(1, STALE_AFTER.toSeconds() - age) + " s");
            }
        }
    }

    /** The search space of the trials: factor levels, set and repetition indices, and the hyperparameter box. */
    private static SearchSpace space(AblationDesign design) {
        List<Param> params = new ArrayList<>();
        for (Factor f : design.models().factors()) {
            params.add(new CategoricalParam(f.name(), f.levels()));
        }
        params.add(new IntParam("hyper", 0, design.hyperSets() - 1, false));
        params.add(new IntParam("repetition", 0, design.repeats() - 1, false));
        params.addAll(design.hyperparameters().space().params());
        return new SearchSpace(params);
    }

    private static void checkDesign(StudyRecord record, AblationDesign design, Storage storage) {
        String stored = record.attrs().get(DESIGN_ATTR);
        if (stored == null) {
            boolean empty = storage.trials(record.id()).isEmpty();
            if (!empty || !record.space().equals(space(design).canonical())) {
                throw new IllegalArgumentException("study '" + record.name() + "' in " + storage.describe()
                        + " is not an ablation: use another --study name");
            }
            return;
        }
        Map<String, String> before = fromJson(stored, record.name());
        Map<String, String> now = design.settings();
        if (before.equals(now)) {
            return;
        }
        List<String> differences = new ArrayList<>();
        for (String key : now.keySet()) {
            if (!now.get(key).equals(before.get(key))) {
                differences.add(key + " " + before.getOrDefault(key, "(none)") + " stored, " + now.get(key)
                        + " given");
            }
        }
        throw new IllegalArgumentException("ablation '" + record.name() + "' was run with another design ("
                + String.join("; ", differences) + "): repeat the stored design to resume it, or give a new "
                + "--study name");
    }

    private static String toJson(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the design as JSON", e);
        }
    }

    private static Map<String, String> fromJson(String json, String name) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + name + "' has a corrupt " + DESIGN_ATTR + " attribute: "
                    + e.getOriginalMessage());
        }
    }
}
