package org.greentrain.study.tuning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.StudyReports;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyExistsException;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;

/**
 * A tuning study kept in a tune {@link Storage}: a parent record named after the study, with attribute
 * {@value StudyReports#KIND_ATTR} = {@value #KIND}, the design ({@value #DESIGN_ATTR}, JSON) and the environments it
 * ran in ({@value #ENVIRONMENTS_ATTR}, a JSON list, one entry per distinct environment); and one tune study per
 * strategy and search, named {@code NAME/STRATEGY/sN}, whose trials are the search's rounds. A round is stored the
 * moment it ends, so a study resumes at its last finished round; a round a killed process left RUNNING is marked FAIL
 * and run again, and FAIL trials are not rounds.
 */
public final class TuningStudy {

    /** The kind of a tuning study. */
    public static final String KIND = "tuning";
    /** The parent attribute holding the design as JSON. */
    public static final String DESIGN_ATTR = "greentrain.design";
    /** The parent attribute holding the run environments as a JSON list. */
    public static final String ENVIRONMENTS_ATTR = "greentrain.environments";
    /** The attribute of a search's study naming its parent. */
    public static final String PARENT_ATTR = "greentrain.parent";
    /** The goals of every search: the mean test accuracy, maximised. */
    static final String GOALS = "accuracy:maximize";
    /** A RUNNING round whose heartbeat is older than this is the leftover of a killed process. */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Storage storage;
    private final String name;
    private final TuningDesign design;

    private TuningStudy(Storage storage, String name, TuningDesign design) {
        this.storage = storage;
        this.name = name;
        this.design = design;
    }

    /**
     * Opens study {@code name} to run {@code design}: creates it, or checks that the stored design can grow into this
     * one and stores this one.
     *
     * @throws IllegalArgumentException when a study of that name is not a tuning study or holds a design this one
     *                                  cannot resume (nothing is written then)
     */
    public static TuningStudy open(Storage storage, String name, TuningDesign design) {
        Optional<StudyRecord> existing = storage.findStudy(name);
        if (existing.isPresent()) {
            TuningDesign stored = storedDesign(existing.get(), storage);
            List<String> conflicts = design.conflictsWith(stored);
            if (!conflicts.isEmpty()) {
                throw new IllegalArgumentException("tuning study '" + name + "' was run with another design ("
                        + String.join("; ", conflicts) + "): repeat the stored design to resume it, or give a new "
                        + "--study name");
            }
        }
        if (existing.isPresent()) {
            storage.setStudyAttr(existing.get().id(), DESIGN_ATTR, write(design));
        } else {
            create(storage, name, design);
        }
        return new TuningStudy(storage, name, design);
    }

    /**
     * Loads study {@code name} for reading, with its stored design.
     *
     * @throws IllegalArgumentException when there is no such study or it is not a tuning study
     */
    public static TuningStudy load(Storage storage, String name) {
        StudyRecord r = storage.findStudy(name).orElseThrow(() -> new IllegalArgumentException("no study '" + name
                + "' in " + storage.describe()));
        return new TuningStudy(storage, name, storedDesign(r, storage));
    }

    /** Whether a stored study is the parent record of a tuning study. */
    public static boolean isTuning(StudyRecord r) {
        return KIND.equals(r.attrs().get(StudyReports.KIND_ATTR));
    }

    /** The study's name. */
    public String name() {
        return name;
    }

    /** The design stored with the study (the one given, once opened to run). */
    public TuningDesign design() {
        return design;
    }

    /** The storage. */
    public Storage storage() {
        return storage;
    }

    /** The name of the tune study holding search {@code search} (1-based) of {@code strategy}. */
    public String searchName(Strategy strategy, int search) {
        return name + "/" + strategy.id() + "/s" + search;
    }

    /**
     * Opens (creating when absent) the tune study of one search, marking FAIL the rounds a killed process left
     * RUNNING.
     *
     * @throws IllegalArgumentException when a round of it is running in another live process
     */
    public Study search(Strategy strategy, int search) {
        String child = searchName(strategy, search);
        boolean created = storage.findStudy(child).isEmpty();
        Study study = Study.createOrLoad(storage, child, SearchSpace.parse(design.space()), Goal.parseAll(GOALS),
                strategy.sampler(design.samplerSeed(search)), design.pruner(strategy)).withStaleAfter(STALE_AFTER);
        if (created) {
            storage.setStudyAttr(study.id(), PARENT_ATTR, name);
        }
        clearLeftovers(study);
        return study;
    }

    /** Adds {@code env} to the study's environments unless it equals the last one recorded. */
    public void recordEnvironment(RunEnvironment env) {
        List<RunEnvironment> all = new ArrayList<>(environments());
        if (all.isEmpty() || !all.get(all.size() - 1).equals(env)) {
            all.add(env);
            StudyRecord parent = storage.findStudy(name).orElseThrow();
            try {
                storage.setStudyAttr(parent.id(), ENVIRONMENTS_ATTR, JSON.writeValueAsString(all));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the environment as JSON", e);
            }
        }
    }

    /** The environments the study ran in, first first; empty before its first round. */
    public List<RunEnvironment> environments() {
        String json = storage.findStudy(name).map(r -> r.attrs().get(ENVIRONMENTS_ATTR)).orElse(null);
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<RunEnvironment>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + name + "' has a corrupt " + ENVIRONMENTS_ATTR
                    + " attribute: " + e.getOriginalMessage());
        }
    }

    /** Every search of the design, with the rounds finished so far (up to the design's rounds). */
    public List<SearchTrace> traces() {
        List<SearchTrace> out = new ArrayList<>();
        for (Strategy s : design.strategies()) {
            for (int k = 1; k <= design.searches(); k++) {
                String child = searchName(s, k);
                List<FrozenTrial> trials = storage.findStudy(child).map(r -> storage.trials(r.id())).orElse(List.of());
                out.add(new SearchTrace(s, k, design.samplerSeed(k), child, rounds(trials, design.rounds())));
            }
        }
        return out;
    }

    /** The analysis of every round finished so far. */
    public TuningAnalysis analysis() {
        return TuningAnalysis.of(design, traces());
    }

    /** The finished rounds among a search's trials: COMPLETE and PRUNED trials in trial order, at most {@code max}. */
    static List<RoundRecord> rounds(List<FrozenTrial> trials, int max) {
        List<RoundRecord> rounds = new ArrayList<>();
        double cumulative = 0;
        double best = Double.NaN;
        for (FrozenTrial t : trials) {
            if (rounds.size() == max) {
                break;
            }
            if (t.state() != TrialState.COMPLETE && t.state() != TrialState.PRUNED) {
                continue;
            }
            TrialEnergy e = t.energy();
            double joules = e == null ? 0 : e.joules();
            cumulative += joules;
            double accuracy = t.isComplete() ? t.value(0) : Double.NaN;
            if (t.isComplete() && !(accuracy <= best)) {
                best = accuracy;
            }
            Map<String, String> a = t.attrs();
            rounds.add(new RoundRecord(rounds.size() + 1, t.number(), t.state(), t.params(), accuracy, joules,
                    cumulative, best, repeatsRun(t),
                    Integer.parseInt(a.getOrDefault(TrainingObjective.DIVERGED, "0")),
                    e == null ? "unknown" : e.provenance(), number(a, TrainingObjective.CPU_SECONDS),
                    number(a, TrainingObjective.PROCESS_SHARE)));
        }
        return rounds;
    }

    /**
     * The trainings a round started. Studies stored before this count was fixed recorded only the scored ones, 0 for
     * a pruned round; a pruned round always started its first training (the one that reports epochs), so it counts 1.
     */
    private static int repeatsRun(FrozenTrial t) {
        int stored = Integer.parseInt(t.attrs().getOrDefault(TrainingObjective.REPEATS_RUN, "0"));
        return t.state() == TrialState.PRUNED ? Math.max(stored, 1) : stored;
    }

    private static double number(Map<String, String> attrs, String key) {
        String v = attrs.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    /**
     * Fails what a killed process left RUNNING: rounds whose heartbeat went stale or that never had one. A round with
     * a fresh heartbeat belongs to a live process, and one process per study is allowed.
     */
    private void clearLeftovers(Study study) {
        study.failStaleTrials();
        Instant now = Instant.now();
        for (FrozenTrial t : study.trials()) {
            if (t.state() != TrialState.RUNNING) {
                continue;
            }
            if (t.heartbeatAt() == null) {
                storage.finishTrial(study.id(), t.number(), TrialState.FAIL, new double[0], null,
                        Map.of(FrozenTrial.FAIL_REASON, "interrupted before it started"), now);
            } else {
                long age = Duration.between(t.heartbeatAt(), now).toSeconds();
                throw new IllegalArgumentException("a round of '" + study.name() + "' is running in another process "
                        + "(heartbeat " + age + " s ago): run one study process at a time, or, if that process was "
                        + "killed, try again in " + Math.max(1, STALE_AFTER.toSeconds() - age) + " s");
            }
        }
    }

    /** Creates the parent record: the design first, then the kind that makes it a tuning study. */
    private static void create(Storage storage, String name, TuningDesign design) {
        try {
            StudyRecord r = storage.createStudy(name, design.space(), GOALS, Instant.now());
            storage.setStudyAttr(r.id(), DESIGN_ATTR, write(design));
            storage.setStudyAttr(r.id(), StudyReports.KIND_ATTR, KIND);
        } catch (StudyExistsException raced) {
            throw new IllegalArgumentException("study '" + name + "' was just created by another process: run one "
                    + "study process at a time");
        }
    }

    private static TuningDesign storedDesign(StudyRecord r, Storage storage) {
        if (!isTuning(r) || !r.attrs().containsKey(DESIGN_ATTR)) {
            throw new IllegalArgumentException("study '" + r.name() + "' in " + storage.describe()
                    + " is not a tuning study: give another --study name");
        }
        try {
            return JSON.readValue(r.attrs().get(DESIGN_ATTR), TuningDesign.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("study '" + r.name() + "' has a corrupt " + DESIGN_ATTR
                    + " attribute: " + e.getOriginalMessage());
        }
    }

    private static String write(TuningDesign design) {
        try {
            return JSON.writeValueAsString(design);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the design as JSON", e);
        }
    }
}
