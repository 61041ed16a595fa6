package org.greentrain.study.reduction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.greentrain.data.Dataset;
import org.greentrain.data.split.Split;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.reduce.Reducer;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.metric.EpsilonRepresentativeness;
import org.greentrain.reduce.metric.EpsilonResult;
import org.greentrain.study.RunHeartbeat;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.trainer.DataPlan;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.NonFiniteLossException;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingListener;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.Trial;

/**
 * Runs a data-reduction study (the paper's protocol, see {@link ReductionDesign}) and stores every run in a tune study
 * the moment it ends. Running the same design again resumes: finished runs are skipped, runs a killed process left
 * RUNNING are run again, and nothing is stored twice.
 *
 * <p>Per run: the repeat's training part is reduced (forgetting events: pre-trained on and selected from) and a fresh
 * network trains on the result; time and energy are those of reduction + training, as the paper's; then the test
 * part is evaluated and the reduced set's ε-representativeness against the training part is computed, both outside
 * the measurement. Before the first run of a process, one unmeasured epoch on a few rows loads the engine, so that
 * the first measured run does not pay for it.
 *
 * <p>A run whose loss diverged, or whose reduction kept no rows, is stored as FAIL and the study goes on; any other
 * failure is stored as FAIL and ends the pass. One pass per study at a time, and one training per JVM.
 *
 * <p>The paper's MLP is too small to gain from several PyTorch intra-op threads, and on a busy machine a second
 * thread makes epochs several times slower: callers should set one ({@code JniUtils.setNumThreads(1)}), as
 * {@code greentrain study reduction} does by default.
 */
public final class ReductionRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Trainer trainer;
    private ReductionListener listener = ReductionListener.NONE;
    private volatile ReductionStudy currentStudy;
    private volatile int currentTrial = -1;

    /** A runner measuring with {@code meter}. */
    public ReductionRunner(EnergyMeter meter) {
        this.trainer = new Trainer(Objects.requireNonNull(meter, "meter"));
    }

    /** Sets the progress listener. */
    public ReductionRunner withListener(ReductionListener value) {
        this.listener = Objects.requireNonNull(value, "listener");
        return this;
    }

    /**
     * Runs the runs of {@code design} not yet finished in study {@code studyName}, on {@code data} (all rows, unscaled;
     * the study scales and splits them), then computes the statistics over every finished run.
     *
     * @throws IllegalArgumentException before anything is stored, when the model does not fit the data or the study
     *                                  holds another design or kind
     */
    public ReductionResult run(Storage storage, String studyName, ReductionDesign design, Dataset data) {
        StudyData prepared = new StudyData(data, design);
        design.model().resolve(ModelInput.of(prepared.all()));
        Map<String, Reducer> reducers = reducers(design);
        ReductionStudy study = ReductionStudy.open(storage, studyName, design);
        List<ReductionRun> before = study.completedRuns();
        Set<String> done = new HashSet<>();
        before.forEach(r -> done.add(r.id()));
        List<RunKey> pending = design.runs().stream().filter(r -> !done.contains(r.id())).toList();
        listener.onStart(before, design.totalRuns());
        if (!pending.isEmpty()) {
            warmUp(design, prepared);
        }
        int finished = before.size();
        List<String> failed = new ArrayList<>();
        for (RunKey run : pending) {
            listener.onRunStart(run, finished, design.totalRuns());
            Outcome outcome = runOne(study, run, design, prepared, reducers);
            if (outcome.failure() == null) {
                finished++;
                listener.onRunFinished(outcome.run(), finished, design.totalRuns());
            } else {
                failed.add(run.describe() + ": " + outcome.failure());
                listener.onRunFailed(run, outcome.failure());
            }
        }
        List<ReductionRun> runs = study.completedRuns();
        Split first = prepared.split(0);
        return new ReductionResult(design, study.name(), study.storageDescription(), first.train().rows(),
                first.test().rows(), runs, before.size(), finished - before.size(), failed,
                ReductionStatistics.of(design, runs), study.environments());
    }

    /**
     * Marks the run in progress FAIL with {@code reason}, for a shutdown hook on Ctrl-C: the run then runs again when
     * the study resumes, without waiting for its heartbeat to go stale. Does nothing between runs.
     */
    public void abandonCurrentRun(String reason) {
        ReductionStudy study = currentStudy;
        int trial = currentTrial;
        if (study != null && trial >= 0) {
            study.fail(trial, reason);
        }
    }

    /** A run as stored, or the reason it failed. */
    private record Outcome(ReductionRun run, String failure) {
    }

    /** Trains and stores one run. */
    private Outcome runOne(ReductionStudy study, RunKey run, ReductionDesign design, StudyData data,
                          Map<String, Reducer> reducers) {
        Trial trial = study.study().ask(ReductionStudy.params(run));
        currentStudy = study;
        currentTrial = trial.number();
        Split split = data.split(run.iteration());
        long seed = design.runSeed(run.iteration());
        CapturingReducer capture = run.isBaseline() || run.method().equals("fes") ? null
                : new CapturingReducer(reducers.get(run.method()));
        try (RunHeartbeat beat = new RunHeartbeat(study.study().storage(), study.study().id(), trial.number())) {
            TrainingResult result = trainer.train(TrainingRequest.of(design.model(), split.train(), split.test())
                    .withConfig(config(design, data, seed)).withDataPlan(plan(run, design, capture, seed))
                    .withListener(epochs(run, design.epochs())));
            EpsilonResult epsilon = epsilon(run, split.train(), result, capture);
            RunCost cost = RunCost.of(result);
            if (!study.complete(trial.number(), result.test().accuracy(), cost.total(),
                    attrs(result, epsilon, cost, seed))) {
                return new Outcome(null, "another process marked it failed while it ran (its heartbeat went stale)");
            }
            study.recordEnvironment(result.environment());
            return new Outcome(study.run(trial.number()), null);
        } catch (NonFiniteLossException | IllegalArgumentException e) {
            String reason = oneLine(e);
            study.fail(trial.number(), reason);
            return new Outcome(null, reason);
        } catch (RuntimeException e) {
            abandonCurrentRun(oneLine(e));
            throw e;
        } finally {
            currentTrial = -1;
        }
    }

    private static DataPlan plan(RunKey run, ReductionDesign design, CapturingReducer capture, long seed) {
        if (run.isBaseline()) {
            return DataPlan.FULL;
        }
        if (capture == null) {
            return new DataPlan.ForgettingEvents(run.keep(), design.fesInitialEpochs());
        }
        return new DataPlan.Reduce(capture, run.keep(), seed);
    }

    /** ε of the set the run trained on against the training part; 0 for the baseline, as the paper stores it. */
    private static EpsilonResult epsilon(RunKey run, Dataset train, TrainingResult result, CapturingReducer capture) {
        if (run.isBaseline()) {
            return new EpsilonResult(0, new double[train.numClasses()], new int[0], Norm.LINF);
        }
        Dataset reduced = capture != null ? capture.reduced() : train.subset(result.reduction().keptRows());
        return EpsilonRepresentativeness.compute(train, reduced);
    }

    private Map<String, String> attrs(TrainingResult result, EpsilonResult epsilon, RunCost cost, long seed) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(RunAttrs.MACRO_PRECISION, Double.toString(result.test().macroPrecision()));
        a.put(RunAttrs.MACRO_RECALL, Double.toString(result.test().macroRecall()));
        a.put(RunAttrs.MACRO_F1, Double.toString(result.test().macroF1()));
        a.put(RunAttrs.EPSILON, Double.toString(epsilon.epsilon()));
        StringJoiner perClass = new StringJoiner(",");
        for (double e : epsilon.perClass()) {
            perClass.add(Double.toString(e));
        }
        a.put(RunAttrs.EPSILON_PER_CLASS, perClass.toString());
        a.put(RunAttrs.TRAIN_ROWS, Integer.toString(result.trainRows()));
        a.put(RunAttrs.TEST_ROWS, Integer.toString(result.testRows()));
        a.put(RunAttrs.KEPT_ROWS, Integer.toString(result.reduction() == null ? result.trainRows()
                : result.reduction().rowsAfter()));
        a.put(RunAttrs.REDUCE_SECONDS, Double.toString(cost.reduceSeconds()));
        a.put(RunAttrs.REDUCE_JOULES, Double.toString(cost.reduceJoules()));
        a.put(RunAttrs.TRAIN_SECONDS, Double.toString(cost.trainSeconds()));
        a.put(RunAttrs.TRAIN_JOULES, Double.toString(cost.trainJoules()));
        a.put(RunAttrs.PROCESS_SHARE, Double.toString(result.measurement().processShare()));
        a.put(RunAttrs.SEED, Long.toString(seed));
        List<String> notes = new ArrayList<>();
        if (result.reduction() != null) {
            a.put(RunAttrs.METHOD_PARAMETERS, json(result.reduction().parameters()));
            notes.addAll(result.reduction().notes());
        }
        if (epsilon.hasMissingClasses()) {
            notes.add("the reduced set has no row of class(es) " + missing(epsilon, result.classNames())
                    + ", so its epsilon is infinite");
        }
        a.put(RunAttrs.NOTES, json(notes));
        return a;
    }

    private static String missing(EpsilonResult epsilon, List<String> classNames) {
        StringJoiner s = new StringJoiner(", ");
        for (int c : epsilon.missingClasses()) {
            s.add(classNames.get(c));
        }
        return s.toString();
    }

    private static TrainingConfig config(ReductionDesign design, StudyData data, long seed) {
        return TrainingConfig.defaults().withOptimizer(ReductionDesign.OPTIMIZER).withBatchSize(design.batchSize())
                .withEpochs(design.epochs()).withClassWeights(data.weighting()).withSeed(seed)
                .withEvaluateEachEpoch(false);
    }

    /** Tells the listener about each epoch of {@code run}. */
    private TrainingListener epochs(RunKey run, int total) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                listener.onEpoch(run, record.epoch(), total);
            }
        };
    }

    /** One unmeasured, unstored epoch on a few rows, so that loading the engine is not charged to the first run. */
    private void warmUp(ReductionDesign design, StudyData data) {
        Dataset train = data.split(0).train();
        int rows = Math.min(train.rows(), 2 * design.batchSize());
        int[] first = new int[rows];
        for (int i = 0; i < rows; i++) {
            first[i] = i;
        }
        trainer.train(TrainingRequest.of(design.model(), train.subset(first), null)
                .withConfig(config(design, data, design.runSeed(0)).withEpochs(1)));
    }

    /** One reducer per method of the design, with the paper's parameters; fes trains inside the trainer. */
    private static Map<String, Reducer> reducers(ReductionDesign design) {
        Map<String, Reducer> out = new HashMap<>();
        for (String m : design.methods()) {
            if (!m.equals("fes")) {
                out.put(m, ReductionMethod.parse(m).create(Map.of()));
            }
        }
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return m.strip().lines().findFirst().orElse(m);
    }
}
