package org.greentrain.study.factorial;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.study.RunHeartbeat;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.train.model.TensorData;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.NonFiniteLossException;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.Trial;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;

/**
 * Runs an architecture ablation (the tuning paper's RQ2 design, generalised): every cell of an {@link AblationDesign}
 * is trained with every hyperparameter set, repeatedly, and each run is stored in a tune study the moment it ends.
 * Running the same design again resumes: finished runs are skipped, runs a killed process left RUNNING are run again,
 * and nothing is stored twice. The statistics ({@link FactorialAnalysis}) cover every finished run.
 *
 * <p>Each process first trains every cell it still has to run for two batches, unmeasured, so that the first
 * measured run of a cell does not pay for loading the engine and warming up its code. Energy per run is that of its
 * epochs (the training loop), as in the paper; the per-epoch test evaluation is off and the final one is not counted.
 *
 * <p>A diverging run (non-finite loss) is stored as FAIL and the ablation goes on; any other training failure is
 * stored as FAIL and ends the pass. With {@link #withMinProcessShare} a run measured while other load took the
 * machine is stored as FAIL and run again. One runner pass per study at a time, and one training per JVM.
 */
public final class AblationRunner {

    /** Attempts per pass of a run failed for contention. */
    static final int CONTENDED_ATTEMPTS = 3;

    private final Trainer trainer;
    private AblationListener listener = AblationListener.NONE;
    private boolean warmup = true;
    private double minProcessShare;
    private volatile Study currentStudy;
    private volatile int currentTrial = -1;

    /** A runner measuring with {@code meter}. */
    public AblationRunner(EnergyMeter meter) {
        this.trainer = new Trainer(Objects.requireNonNull(meter, "meter"));
    }

    /** Sets the progress listener. */
    public AblationRunner withListener(AblationListener value) {
        this.listener = Objects.requireNonNull(value, "listener");
        return this;
    }

    /** Turns the unmeasured warm-up of each cell on (the default) or off. */
    public AblationRunner withWarmup(boolean value) {
        this.warmup = value;
        return this;
    }

    /**
     * Guards against a shared machine: a run during which this process had less than {@code share} of the machine's
     * CPU time (other load slowed it down, inflating its time and energy) is stored as FAIL with the reason and run
     * again at the end of the pass, up to {@value #CONTENDED_ATTEMPTS} attempts in all; a run still contended is left
     * for the next resume. 0 (the default) turns the guard off.
     */
    public AblationRunner withMinProcessShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the minimum CPU share must be in [0, 1], got " + share);
        }
        this.minProcessShare = share;
        return this;
    }

    /**
     * Runs the runs of {@code design} not yet finished in study {@code studyName}, then analyses all finished ones.
     *
     * @param train the full training set; {@link AblationDesign#trainRows()} selects a stratified subset of it
     * @param test  the evaluation set
     * @throws IllegalArgumentException before anything is stored, when a cell does not fit the data or the study
     *                                  holds another design; later, when training refuses a run
     */
    public AblationResult run(Storage storage, String studyName, AblationDesign design, Dataset train, Dataset test) {
        Dataset rows = design.trainingSubset(train);
        checkFits(design, rows, test);
        AblationStudy ablation = AblationStudy.open(storage, studyName, design);
        List<HyperparameterSet> sets = design.hyperparameterSets();
        List<AblationRun> before = ablation.completedRuns();
        Set<String> done = new HashSet<>();
        before.forEach(r -> done.add(AblationStudy.key(r.cell(), r.hyper(), r.repetition())));
        List<RunKey> pending = design.runs().stream().filter(r -> !done.contains(AblationStudy.key(r))).toList();
        listener.onStart(before, design.totalRuns());
        if (warmup) {
            warmUp(pending, sets, design, rows);
        }
        Pass pass = runAll(ablation, pending, sets, design, rows, test, before.size());
        return result(ablation, design, rows, sets, before.size(), pass);
    }

    /**
     * The statistics of the runs of {@code design} stored so far in study {@code studyName}, training nothing; works
     * while another process runs the ablation.
     *
     * @param train the full training set (for the row count of the design's subset)
     * @throws IllegalArgumentException when there is no such study, or it holds another design
     */
    public AblationResult report(Storage storage, String studyName, AblationDesign design, Dataset train) {
        AblationStudy ablation = AblationStudy.openExisting(storage, studyName, design);
        Dataset rows = design.trainingSubset(train);
        List<AblationRun> runs = ablation.completedRuns();
        return result(ablation, design, rows, design.hyperparameterSets(), runs.size(), new Pass(0, 0, List.of()));
    }

    /** What one pass did: runs finished, runs discarded as contended, and the reasons of the runs left failed. */
    private record Pass(int ranNow, int contended, List<String> failed) {
    }

    /** Runs the queue, putting contended runs back at its end until they have had their attempts. */
    private Pass runAll(AblationStudy ablation, List<RunKey> pending, List<HyperparameterSet> sets,
                        AblationDesign design, Dataset train, Dataset test, int finishedBefore) {
        int total = design.totalRuns();
        int finished = finishedBefore;
        int contended = 0;
        List<String> failed = new ArrayList<>();
        Deque<RunKey> queue = new ArrayDeque<>(pending);
        Map<Integer, Integer> attempts = new HashMap<>();
        while (!queue.isEmpty()) {
            RunKey run = queue.poll();
            listener.onRunStart(run, finished, total);
            Attempt attempt = runOne(ablation, run, sets.get(run.hyper()), design, train, test);
            String reason = attempt.trial().failReason().orElse("failed");
            if (attempt.trial().isComplete()) {
                finished++;
                listener.onRunFinished(ablation.toRun(attempt.trial()), finished, total);
            } else if (attempt.contended() && attempts.merge(run.order(), 1, Integer::sum) < CONTENDED_ATTEMPTS) {
                contended++;
                queue.addLast(run);
                listener.onRunFailed(run, reason + "; it runs again at the end of this pass");
            } else {
                contended += attempt.contended() ? 1 : 0;
                failed.add(run.describe() + ": " + reason);
                listener.onRunFailed(run, reason);
            }
        }
        return new Pass(finished - finishedBefore, contended, failed);
    }

    /**
     * Marks the run in progress FAIL with {@code reason}, for a shutdown hook on Ctrl-C: the run is then run again
     * when the ablation resumes, without waiting for its heartbeat to go stale. Does nothing between runs.
     */
    public void abandonCurrentRun(String reason) {
        Study study = currentStudy;
        int trial = currentTrial;
        if (study != null && trial >= 0) {
            study.storage().finishTrial(study.id(), trial, TrialState.FAIL, new double[0], null,
                    Map.of(FrozenTrial.FAIL_REASON, reason), Instant.now());
        }
    }

    /** A stored run: the trial as told, and whether it was failed for running on a contended machine. */
    private record Attempt(FrozenTrial trial, boolean contended) {
    }

    /** Trains one run and stores it: COMPLETE, or FAIL when training diverged or the machine was contended. */
    private Attempt runOne(AblationStudy ablation, RunKey run, HyperparameterSet set, AblationDesign design,
                          Dataset train, Dataset test) {
        Study study = ablation.study();
        Trial trial = study.ask(ablation.params(run, set));
        currentStudy = study;
        currentTrial = trial.number();
        try (RunHeartbeat beat = new RunHeartbeat(study.storage(), study.id(), trial.number())) {
            TrainingResult result = trainer.train(TrainingRequest.of(run.cell().spec(), train, test)
                    .withConfig(config(design, set, run.seed())));
            trial.setAttr(RunAttrs.CELL, run.cell().label());
            trial.setAttr(RunAttrs.SPEC, result.spec());
            trial.setAttr(RunAttrs.OPTIMIZER, set.optimizer().canonical());
            trial.setAttr(RunAttrs.SEED, Long.toString(run.seed()));
            trial.setAttr(RunAttrs.MACRO_F1, Double.toString(result.test().macroF1()));
            trial.setAttr(RunAttrs.PARAMETERS, Long.toString(result.parameterCount()));
            trial.setAttr(RunAttrs.PROCESS_SHARE, Double.toString(result.measurement().processShare()));
            trial.setAttr(RunAttrs.RUN_ENERGY, Double.toString(result.measurement().energyJoules()));
            double share = result.measurement().processShare();
            if (share < minProcessShare) {
                return new Attempt(study.tellFailed(trial.number(), String.format(Locale.ROOT, "contended: this "
                        + "process had %.0f%% of the machine's CPU time (minimum %.0f%%), so other load distorted "
                        + "its time and energy", share * 100, minProcessShare * 100), trainingLoopEnergy(result)),
                        true);
            }
            return new Attempt(study.tell(trial.number(), new double[] {result.test().accuracy()},
                    trainingLoopEnergy(result)), false);
        } catch (NonFiniteLossException e) {
            return new Attempt(study.tellFailed(trial.number(), e.getMessage(), null), false);
        } catch (RuntimeException e) {
            abandonCurrentRun(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        } finally {
            currentTrial = -1;
        }
    }

    /** The energy of the epochs, with their provenance and band. */
    static TrialEnergy trainingLoopEnergy(TrainingResult result) {
        double joules = 0;
        double lower = 0;
        double upper = 0;
        double seconds = 0;
        double co2e = 0;
        Set<String> provenance = new LinkedHashSet<>();
        for (EpochRecord e : result.epochs()) {
            joules += e.energyJoules();
            lower += e.energyLowerJoules();
            upper += e.energyUpperJoules();
            seconds += e.epochSeconds();
            co2e += e.co2eGrams();
            provenance.add(e.energyProvenance());
        }
        return new TrialEnergy(joules, Math.min(lower, joules), Math.max(upper, joules), String.join("+", provenance),
                seconds, co2e);
    }

    private static TrainingConfig config(AblationDesign design, HyperparameterSet set, long seed) {
        return TrainingConfig.defaults().withOptimizer(set.optimizer()).withBatchSize(design.batchSize())
                .withEpochs(design.epochs()).withSeed(seed).withEvaluateEachEpoch(false);
    }

    /** Trains each cell still to run for two batches, unmeasured and unstored. */
    private void warmUp(List<RunKey> pending, List<HyperparameterSet> sets, AblationDesign design, Dataset train) {
        Dataset few = TrainingSubset.of(train, Math.min(train.rows(), 2 * design.batchSize()), design.subsetSeed());
        Set<Integer> seen = new HashSet<>();
        for (RunKey run : pending) {
            if (seen.add(run.cell().index())) {
                listener.onWarmup(run.cell());
                trainer.train(TrainingRequest.of(run.cell().spec(), few, null)
                        .withConfig(config(design, sets.get(0), run.seed()).withEpochs(1)));
            }
        }
    }

    /**
     * Rejects a design whose cells do not fit the data, before anything is stored.
     *
     * @param train the rows the runs train on (the design's training subset)
     * @param test  the evaluation set
     * @throws IllegalArgumentException naming the first cell that does not fit, or when the classes differ
     */
    public static void checkFits(AblationDesign design, Dataset train, Dataset test) {
        for (Cell cell : design.models().cells()) {
            try {
                TensorData.checkCompatible(test, cell.spec().resolve(ModelInput.of(train)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cell " + cell.label() + " (" + cell.spec().canonical()
                        + ") does not fit " + train.name() + ": " + e.getMessage(), e);
            }
        }
        if (!test.classNames().equals(train.classNames())) {
            throw new IllegalArgumentException("test set '" + test.name() + "' has classes " + test.classNames()
                    + ", but training set '" + train.name() + "' has " + train.classNames());
        }
    }

    private AblationResult result(AblationStudy ablation, AblationDesign design, Dataset train,
                                  List<HyperparameterSet> sets, int alreadyDone, Pass pass) {
        List<AblationRun> runs = ablation.completedRuns();
        FactorialAnalysis analysis = null;
        String note = null;
        if (runs.isEmpty()) {
            note = "no finished runs yet";
        } else {
            try {
                analysis = FactorialAnalysis.of(design.models().levels(),
                        runs.stream().map(AblationRun::toFactorialRun).toList(), design.seed());
            } catch (IllegalArgumentException e) {
                note = String.format(Locale.ROOT, "no statistics yet over %d finished run(s): %s", runs.size(),
                        e.getMessage());
            }
        }
        return new AblationResult(design, ablation.study().name(), ablation.study().storage().describe(),
                train.rows(), sets, runs, alreadyDone, pass.ranNow(), pass.contended(), pass.failed(), analysis,
                note);
    }
}
