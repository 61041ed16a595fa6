package org.greentrain.train.trainer;

import ai.djl.engine.Engine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.Phase;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.reduce.Reduction;
import org.greentrain.train.fes.ForgettingEventsHook;
import org.greentrain.train.metrics.ClassificationReport;
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.model.Seeds;
import org.greentrain.train.model.TensorData;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;

/**
 * Trains a network from a {@link TrainingRequest} on DJL's PyTorch engine and measures every epoch's energy:
 * {@code new Trainer(meter).train(request)} returns the {@link TrainingResult}; {@link #fit} also hands back the
 * trained network. Bad input (a spec that does not fit the data, mismatched test set, impossible plan) is rejected
 * with an {@link IllegalArgumentException} before any tensor is built; a diverging loss ends the run with a
 * {@link NonFiniteLossException}.
 *
 * <p>One run at a time per JVM: PyTorch's gradient mode and the dropout random generator are process-wide.
 */
public final class Trainer {

    private final EnergyMeter meter;

    /** A trainer measuring with {@code meter} (discover it once and reuse it). */
    public Trainer(EnergyMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /** Trains, then frees the network, returning only the record. */
    public TrainingResult train(TrainingRequest request) {
        try (FittedModel fitted = fit(request)) {
            return fitted.result();
        }
    }

    /** Trains and returns the network with its record; the caller closes it. */
    public FittedModel fit(TrainingRequest request) {
        Architecture architecture = validate(request);
        TrainingConfig config = request.config();
        NetworkModel model = null;
        try (EnergyTracker tracker = meter.start("train " + architecture.spec())) {
            model = NetworkModel.create(architecture, request.train().classNames(), config.initSeed());
            Engine engine = model.manager().getEngine();
            engine.setRandomSeed((int) Seeds.mix(config.shuffleSeed(), -1));
            Outcome outcome = run(request, model, tracker);
            Measurement total = tracker.stop();
            TrainingResult result = new TrainingResult(architecture.spec(), architecture.describe(),
                    model.parameterCount(), config, request.dataPlan().describe(), request.train().name(),
                    request.train().rows(), request.test() == null ? 0 : request.test().rows(),
                    request.train().classNames(), outcome.reduction(), outcome.epochs(), outcome.stopReason(),
                    outcome.test(), total, RunEnvironment.capture(meter,
                            Map.of("djl", Engine.getDjlVersion(), "pytorch", engine.getVersion())));
            return new FittedModel(model, result);
        } catch (RuntimeException e) {
            if (model != null) {
                model.close();
            }
            throw e;
        }
    }

    /** What the epochs produced. */
    private record Outcome(List<EpochRecord> epochs, StopReason stopReason, ReductionSummary reduction,
                           ClassificationReport test) {
    }

    /** How the data plan ended: why training stopped, and the reduction when there was one. */
    private record Trained(StopReason stopReason, ReductionSummary reduction) {
    }

    private Outcome run(TrainingRequest request, NetworkModel model, EnergyTracker tracker) {
        TrainingConfig config = request.config();
        float[] classWeights = config.classWeights().weights(request.train().classCounts());
        try (TensorData test = request.test() == null ? null : model.tensors(request.test(), null);
             TrainingSession session = new TrainingSession(model, config, request.listener(), test)) {
            DataPlan plan = request.dataPlan();
            Trained trained;
            if (plan instanceof DataPlan.ForgettingEvents fes) {
                trained = withForgettingEvents(fes, request, model, classWeights, session, tracker);
            } else if (plan instanceof DataPlan.Reduce reduce) {
                trained = onReducedSet(reduce, request, model, classWeights, session, tracker);
            } else {
                try (TensorData data = model.tensors(request.train(), classWeights)) {
                    trained = new Trained(runEpochs(session, 1, config.epochs(), "train", data, tracker), null);
                }
            }
            ClassificationReport report = null;
            if (test != null) {
                Phase phase = tracker.phase("final-evaluation");
                try {
                    report = model.evaluate(test);
                } finally {
                    phase.stop();
                }
            }
            return new Outcome(session.records(), trained.stopReason(), trained.reduction(), report);
        }
    }

    /** Reduces the training set with the plan's method inside a {@code reduce} phase, then trains on it. */
    private Trained onReducedSet(DataPlan.Reduce plan, TrainingRequest request, NetworkModel model,
                                 float[] classWeights, TrainingSession session, EnergyTracker tracker) {
        Reduction reduction;
        Measurement cost;
        try (Phase phase = tracker.phase("reduce")) {
            reduction = plan.reducer().reduce(request.train(), plan.keepFraction(), plan.seed(), meter);
            cost = phase.stop();
        }
        Dataset reduced = reduction.data();
        if (reduced.rows() == 0) {
            throw new IllegalArgumentException(reduction.method() + " kept no rows of '" + request.train().name()
                    + "' at keep fraction " + plan.keepFraction() + ": use a larger fraction");
        }
        ReductionSummary summary = new ReductionSummary(reduction.method(), reduction.parameters(),
                plan.keepFraction(), request.train().rows(), reduced.rows(), reduction.notes(), cost,
                reduction.sourceRows());
        try (TensorData data = model.tensors(reduced, classWeights)) {
            return new Trained(runEpochs(session, 1, request.config().epochs(), "train", data, tracker), summary);
        }
    }

    /**
     * Pre-trains on every row inside a {@code forgetting-events} phase, counting forgetting events after each epoch,
     * selects the rows to keep, then continues with the same model and optimizer state on them.
     */
    private static Trained withForgettingEvents(DataPlan.ForgettingEvents plan, TrainingRequest request,
                                                NetworkModel model, float[] classWeights, TrainingSession session,
                                                EnergyTracker tracker) {
        TensorData reduced;
        ReductionSummary summary;
        try (TensorData full = model.tensors(request.train(), classWeights)) {
            ForgettingEventsHook hook = new ForgettingEventsHook(full);
            int[] selected;
            Measurement cost;
            try (Phase phase = tracker.phase("forgetting-events")) {
                for (int e = 1; e <= plan.initialEpochs(); e++) {
                    session.runEpoch(e, "fes-pretrain", full, phase::phase, () -> hook.afterEpoch(model, full));
                }
                selected = hook.select(model.classNames().size(), plan.keepFraction());
                cost = phase.stop();
            }
            request.listener().onForgettingEvents(hook.forgetCounts(), hook.lastCorrect());
            if (selected.length == 0) {
                throw new IllegalArgumentException("forgetting events kept no rows of '" + request.train().name()
                        + "' at keep fraction " + plan.keepFraction() + ": use a larger fraction");
            }
            summary = new ReductionSummary("fes", Map.of("initial_epochs", Integer.toString(plan.initialEpochs())),
                    plan.keepFraction(), full.rows(), selected.length, List.of(), cost, selected);
            reduced = full.subset(selected);
        }
        session.restartEarlyStopping();
        try (reduced) {
            return new Trained(runEpochs(session, plan.initialEpochs() + 1, request.config().epochs(), "fes-reduced",
                    reduced, tracker), summary);
        }
    }

    private static StopReason runEpochs(TrainingSession session, int from, int to, String stage, TensorData data,
                                        EnergyTracker tracker) {
        for (int e = from; e <= to; e++) {
            if (session.runEpoch(e, stage, data, tracker::phase, null) && e < to) {
                return StopReason.EARLY_STOPPED;
            }
        }
        return StopReason.COMPLETED;
    }

    /** Rejects a request that cannot run, before anything is built; returns the resolved architecture. */
    private static Architecture validate(TrainingRequest request) {
        Dataset train = request.train();
        TrainingConfig config = request.config();
        if (train.rows() == 0) {
            throw new IllegalArgumentException("training set '" + train.name() + "' has no rows");
        }
        Architecture architecture = request.spec().resolve(ModelInput.of(train));
        Dataset test = request.test();
        if (test != null) {
            TensorData.checkCompatible(test, architecture);
            if (!test.classNames().equals(train.classNames())) {
                throw new IllegalArgumentException("test set '" + test.name() + "' has classes " + test.classNames()
                        + ", but training set '" + train.name() + "' has " + train.classNames());
            }
        }
        if (config.earlyStopping() != null && test == null) {
            throw new IllegalArgumentException("early stopping watches the test set: give a test set or drop early "
                    + "stopping");
        }
        if (request.dataPlan() instanceof DataPlan.ForgettingEvents fes && fes.initialEpochs() >= config.epochs()) {
            throw new IllegalArgumentException("forgetting events pre-train " + fes.initialEpochs()
                    + " epochs but the run has " + config.epochs() + ": use fewer initial epochs or more epochs");
        }
        if (architecture.hasBatchNorm() && (config.batchSize() < 2 || train.rows() < 2)) {
            throw new IllegalArgumentException("batch norm needs batches of at least 2 examples, got batch size "
                    + config.batchSize() + " and " + train.rows() + " training rows");
        }
        config.classWeights().weights(train.classCounts());
        return architecture;
    }
}
