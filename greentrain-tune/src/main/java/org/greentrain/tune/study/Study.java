package org.greentrain.tune.study;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.pruner.PruningContext;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.sampler.SamplingContext;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyExistsException;
import org.greentrain.tune.storage.StudyRecord;

/**
 * A hyperparameter study: a named search space and goals, kept in a {@link Storage}, explored by a {@link Sampler}
 * and trimmed by a {@link Pruner}. Use it ask-and-tell ({@link #ask()}, {@link #tell}) or define-by-run
 * ({@link #optimize}). Any number of {@code Study} objects, in any number of processes, may work on the same stored
 * study: the storage hands out trial numbers and every sampler reads the whole history.
 *
 * <p>Trials whose worker died are detected by heartbeat: trials run by {@link #optimize} refresh a heartbeat, and one
 * whose heartbeat is older than {@link #staleAfter()} (default 60 s) is marked FAIL, with reason, when any worker
 * loads the study or asks for a trial. Trials asked with {@link #ask()} keep no heartbeat (an external ask/tell client
 * may take hours) and are never failed this way.
 */
public final class Study {

    private final Storage storage;
    private final StudyRecord record;
    private final SearchSpace space;
    private final List<Goal> goals;
    private final Sampler sampler;
    private final Pruner pruner;
    private volatile Duration staleAfter = Duration.ofSeconds(60);
    /** Held from a trial's creation until its parameters are stored, so this process's samplers see each other's. */
    private final Object asking = new Object();

    private Study(Storage storage, StudyRecord record, SearchSpace space, List<Goal> goals, Sampler sampler,
                  Pruner pruner) {
        this.storage = storage;
        this.record = record;
        this.space = space;
        this.goals = List.copyOf(goals);
        this.sampler = sampler;
        this.pruner = pruner;
    }

    /**
     * Creates a new study.
     *
     * @throws IllegalArgumentException when the name is taken, the goals are empty or the pruner does not fit them
     */
    public static Study create(Storage storage, String name, SearchSpace space, List<Goal> goals, Sampler sampler,
                               Pruner pruner) {
        checkArguments(name, space, goals, sampler, pruner);
        StudyRecord r = storage.createStudy(name, space.canonical(), Goal.canonical(goals), Instant.now());
        storage.setStudyAttr(r.id(), "sampler", sampler.describe());
        storage.setStudyAttr(r.id(), "pruner", pruner.describe());
        return new Study(storage, storage.findStudy(name).orElse(r), space, goals, sampler, pruner);
    }

    /**
     * Loads an existing study with its stored space and goals, failing stale trials.
     *
     * @throws IllegalArgumentException when there is no such study
     */
    public static Study load(Storage storage, String name, Sampler sampler, Pruner pruner) {
        StudyRecord r = storage.findStudy(name).orElseThrow(() -> new IllegalArgumentException("no study '" + name
                + "' in " + storage.describe() + " (existing: " + String.join(", ", storage.studies().stream()
                .map(StudyRecord::name).toList()) + ")"));
        List<Goal> goals = Goal.parseAll(r.goals());
        pruner.checkGoals(goals);
        SearchSpace space = SearchSpace.parse(r.space());
        sampler.checkSpace(space);
        Study s = new Study(storage, r, space, goals, sampler, pruner);
        s.failStaleTrials();
        return s;
    }

    /**
     * Loads the study called {@code name} if it exists, else creates it. An existing study must have the same space
     * and goals; otherwise nothing is written and the error shows both.
     */
    public static Study createOrLoad(Storage storage, String name, SearchSpace space, List<Goal> goals,
                                     Sampler sampler, Pruner pruner) {
        checkArguments(name, space, goals, sampler, pruner);
        Optional<StudyRecord> existing = storage.findStudy(name);
        if (existing.isEmpty()) {
            try {
                return create(storage, name, space, goals, sampler, pruner);
            } catch (StudyExistsException raced) {
                existing = storage.findStudy(name);
            }
        }
        StudyRecord r = existing.orElseThrow();
        String wantSpace = space.canonical();
        String wantGoals = Goal.canonical(goals);
        if (!r.space().equals(wantSpace) || !r.goals().equals(wantGoals)) {
            throw new IllegalArgumentException("study '" + name + "' exists with space '" + r.space() + "' and goals '"
                    + r.goals() + "', but space '" + wantSpace + "' and goals '" + wantGoals
                    + "' were given; use another study name or the stored definition");
        }
        return load(storage, name, sampler, pruner);
    }

    private static void checkArguments(String name, SearchSpace space, List<Goal> goals, Sampler sampler,
                                       Pruner pruner) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("study name must be 1 to 200 characters, got '" + name + "'");
        }
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one goal");
        }
        if (goals.stream().map(Goal::name).distinct().count() != goals.size()) {
            throw new IllegalArgumentException("duplicate goal name in " + Goal.canonical(goals));
        }
        if (goals.size() > 1 && goals.get(0).isEnergy()) {
            throw new IllegalArgumentException("the first goal must not be energy: put the model metric first, "
                    + "for example accuracy:max,energy:min");
        }
        pruner.checkGoals(goals);
        sampler.checkSpace(space);
    }

    /** The study's name. */
    public String name() {
        return record.name();
    }

    /** The storage key of the study. */
    public long id() {
        return record.id();
    }

    /** The search space. */
    public SearchSpace space() {
        return space;
    }

    /** The goals, in value order. */
    public List<Goal> goals() {
        return goals;
    }

    /** The sampler. */
    public Sampler sampler() {
        return sampler;
    }

    /** The pruner. */
    public Pruner pruner() {
        return pruner;
    }

    /** The storage. */
    public Storage storage() {
        return storage;
    }

    /** After how long without heartbeat a RUNNING trial is taken for dead. */
    public Duration staleAfter() {
        return staleAfter;
    }

    /** Changes the staleness threshold (default 60 s); it should exceed a few heartbeat intervals. */
    public Study withStaleAfter(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("staleness threshold must be positive");
        }
        this.staleAfter = d;
        return this;
    }

    /** Marks FAIL the RUNNING trials whose heartbeat is stale; returns their numbers. */
    public List<Integer> failStaleTrials() {
        Instant now = Instant.now();
        return storage.failStaleTrials(id(), now.minus(staleAfter), now);
    }

    /** Starts a new trial without heartbeat (ask-and-tell). */
    public Trial ask() {
        return ask(false);
    }

    /**
     * Starts a new trial with parameters fixed by the caller, for example a known good configuration to evaluate
     * first.
     *
     * @throws IllegalArgumentException when {@code params} do not fit the space (nothing is written)
     */
    public Trial ask(Params params) {
        space.validate(params);
        synchronized (asking) {
            int number = storage.createTrial(id(), Instant.now(), null);
            storage.setParams(id(), number, params);
            return new Trial(this, number, params);
        }
    }

    /** Starts a trial, with a heartbeat when {@code heartbeat} (trials run by {@link #optimize}). */
    Trial ask(boolean heartbeat) {
        failStaleTrials();
        synchronized (asking) {
            Instant now = Instant.now();
            int number = storage.createTrial(id(), now, heartbeat ? now : null);
            Params params;
            try {
                params = sampler.sample(new SamplingContext(space, goals, storage.trials(id()), number));
                space.validate(params);
            } catch (RuntimeException e) {
                storage.deleteUnstartedTrial(id(), number);
                throw e;
            }
            storage.setParams(id(), number, params);
            return new Trial(this, number, params);
        }
    }

    /**
     * Completes trial {@code number} with one value per non-energy goal, in goal order.
     *
     * @throws IllegalArgumentException for a wrong count, a non-finite value, an energy goal without energy, or a
     *                                  trial that is not running (nothing is written)
     */
    public FrozenTrial tell(int number, double... values) {
        return tell(number, values, null);
    }

    /** Completes trial {@code number} with its values and energy; see {@link #tell(int, double...)}. */
    public FrozenTrial tell(int number, double[] values, TrialEnergy energy) {
        int expected = (int) goals.stream().filter(g -> !g.isEnergy()).count();
        if (values.length != expected) {
            throw new IllegalArgumentException("trial " + number + ": expected " + expected + " value(s) for goals "
                    + Goal.canonical(goals) + ", got " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("trial " + number + ": objective value " + v + " is not finite");
            }
        }
        double[] full = new double[goals.size()];
        int k = 0;
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).isEnergy()) {
                if (energy == null) {
                    throw new IllegalArgumentException("trial " + number + ": the energy goal needs the trial's "
                            + "energy; tell it with the joules");
                }
                full[i] = energy.joules();
            } else {
                full[i] = values[k++];
            }
        }
        return finish(number, TrialState.COMPLETE, full, energy, Map.of());
    }

    /**
     * Marks trial {@code number} PRUNED, keeping its intermediate values; in a single-goal study its last
     * intermediate value becomes its value.
     */
    public FrozenTrial tellPruned(int number, TrialEnergy energy) {
        double[] values = goals.size() == 1 ? trial(number).lastIntermediate()
                .map(i -> new double[] {i.value()}).orElse(new double[0]) : new double[0];
        return finish(number, TrialState.PRUNED, values, energy, Map.of());
    }

    /** Marks trial {@code number} FAIL with a one-line reason. */
    public FrozenTrial tellFailed(int number, String reason, TrialEnergy energy) {
        String line = reason == null || reason.isBlank() ? "failed" : reason.strip().lines().findFirst().orElse("");
        return finish(number, TrialState.FAIL, new double[0], energy, Map.of(FrozenTrial.FAIL_REASON, line));
    }

    private FrozenTrial finish(int number, TrialState state, double[] values, TrialEnergy energy,
                               Map<String, String> attrs) {
        FrozenTrial t = trial(number);
        if (t.state() != TrialState.RUNNING) {
            throw new IllegalArgumentException("trial " + number + " is already " + t.state() + t.failReason()
                    .map(r -> " (" + r + ")").orElse(""));
        }
        if (!storage.finishTrial(id(), number, state, values, energy, attrs, Instant.now())) {
            FrozenTrial now = trial(number);
            throw new IllegalArgumentException("trial " + number + " is already " + now.state() + now.failReason()
                    .map(r -> " (" + r + ")").orElse(""));
        }
        return trial(number);
    }

    /** Asks the pruner about trial {@code number}. */
    boolean shouldPrune(int number) {
        List<FrozenTrial> all = storage.trials(id());
        FrozenTrial self = all.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
        return pruner.shouldPrune(new PruningContext(self, all, goals));
    }

    /** One trial. */
    public FrozenTrial trial(int number) {
        return storage.trial(id(), number).orElseThrow(() -> new IllegalArgumentException("no trial " + number
                + " in study '" + name() + "'"));
    }

    /** All trials, by number. */
    public List<FrozenTrial> trials() {
        return storage.trials(id());
    }

    /**
     * The best COMPLETE trial of a single-objective study (ties: the lowest number).
     *
     * @throws IllegalStateException in a multi-objective study (use {@link #bestTrials()})
     */
    public Optional<FrozenTrial> bestTrial() {
        if (goals.size() != 1) {
            throw new IllegalStateException("study '" + name() + "' has " + goals.size()
                    + " goals: use bestTrials() for its Pareto front");
        }
        Direction d = goals.get(0).direction();
        return trials().stream().filter(FrozenTrial::isComplete)
                .min(Comparator.comparingDouble((FrozenTrial t) -> d.toMinimized(t.value(0)))
                        .thenComparingInt(FrozenTrial::number));
    }

    /** The Pareto front of COMPLETE trials (for one goal: the trials sharing the best value). */
    public List<FrozenTrial> bestTrials() {
        return Pareto.front(trials(), goals);
    }

    /**
     * The hypervolume of the Pareto front of a two-goal study, with the default reference point of
     * {@link Pareto#defaultReference} (worst value + 10% of the range per goal, over all COMPLETE trials). Returns 0
     * without COMPLETE trials.
     */
    public double hypervolume() {
        List<FrozenTrial> complete = trials().stream().filter(FrozenTrial::isComplete).toList();
        if (complete.isEmpty()) {
            return 0;
        }
        double[][] pts = Pareto.minimizedValues(complete, goals);
        return Pareto.hypervolume2d(pts, Pareto.defaultReference(pts));
    }

    /**
     * The hypervolume of the front of a two-goal study with respect to {@code reference}, given in the goals' own
     * units and directions (for example {@code {0.5, 2000}} for accuracy:max,energy:min).
     */
    public double hypervolume(double[] reference) {
        if (reference.length != goals.size()) {
            throw new IllegalArgumentException("reference point has " + reference.length + " coordinates, the study "
                    + goals.size() + " goals");
        }
        double[] ref = new double[reference.length];
        for (int j = 0; j < ref.length; j++) {
            ref[j] = goals.get(j).direction().toMinimized(reference[j]);
        }
        List<FrozenTrial> complete = trials().stream().filter(FrozenTrial::isComplete).toList();
        return Pareto.hypervolume2d(Pareto.minimizedValues(complete, goals), ref);
    }

    /**
     * The energy spent until the first COMPLETE trial whose first-goal value reaches {@code target} (at least it when
     * maximising, at most it when minimising): joules of all trials finished up to it, in order of completion.
     */
    public Optional<EnergyToTarget> energyToReach(double target) {
        Direction d = goals.get(0).direction();
        List<FrozenTrial> finished = new ArrayList<>(trials().stream().filter(t -> t.state().isFinished()
                && t.completedAt() != null).toList());
        finished.sort(Comparator.comparing(FrozenTrial::completedAt).thenComparingInt(FrozenTrial::number));
        double joules = 0;
        int used = 0;
        for (FrozenTrial t : finished) {
            used++;
            joules += t.energy() == null ? 0 : t.energy().joules();
            if (t.isComplete() && !d.isBetter(target, t.value(0))) {
                return Optional.of(new EnergyToTarget(t.number(), joules, used));
            }
        }
        return Optional.empty();
    }

    /**
     * Runs trials of {@code objective} until {@code options.nTrials()} ran, the energy budget would be exceeded, the
     * target is reached, the grid is exhausted or the timeout passes. Each trial is measured with the options' meter
     * (unless the objective declares its own energy); an objective that throws fails its trial and the study goes on.
     */
    public OptimizeResult optimize(Objective objective, OptimizeOptions options) {
        var loop = new OptimizeLoop(this, objective, options);
        return loop.run();
    }
}
