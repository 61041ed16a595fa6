package org.greentrain.study.tuning;

import ai.djl.engine.Engine;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.tune.sampler.GridSampler;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialState;

/**
 * Runs a {@link TuningDesign}: every search of every strategy, round-robin (round 1 of every search, then round 2,
 * ...), so that a slowly changing machine load weighs on every strategy alike and an interrupted study has every
 * search at about the same round. Each round is one trial of the search's tune study, run by
 * {@link Study#optimize} with a {@link TrainingObjective} and stored the moment it ends; running the same design again
 * runs only the rounds still missing. A round that fails (anything but a diverged loss, which scores as a constant
 * prediction) ends the run; it runs again on resume. One runner per study at a time.
 */
public final class TuningRunner {

    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final EnergyMeter meter;
    private TuningListener listener = TuningListener.NONE;
    private Duration quietWait = Duration.ZERO;
    private volatile List<Study> open = List.of();

    /** A runner measuring with {@code meter}. */
    public TuningRunner(EnergyMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /** Sets the progress listener. */
    public TuningRunner withListener(TuningListener value) {
        this.listener = Objects.requireNonNull(value, "listener");
        return this;
    }

    /**
     * Before each round, waits up to {@code maxWait} until other processes use less than 10% of the machine's CPUs
     * (default: zero, no waiting). On a shared machine this keeps other work's joules out of most rounds; a round
     * still runs when the wait is over.
     */
    public TuningRunner withQuietWait(Duration maxWait) {
        this.quietWait = Objects.requireNonNull(maxWait, "maxWait");
        return this;
    }

    /**
     * Runs the rounds of {@code design} not yet stored in study {@code name}, then analyses every stored round.
     *
     * @param loaded the dataset; the design's row counts select stratified subsets of it
     * @throws IllegalArgumentException before anything is stored, when the space, model or rows do not fit the data,
     *                                  the grid is smaller than the rounds, or the study holds another design
     */
    public TuningResult run(Storage storage, String name, TuningDesign design, LoadedDataset loaded) {
        TuningData data = TuningData.prepare(loaded, design.trainRows(), design.testRows(), design.seed());
        SearchSpace space = SearchSpace.parse(design.space());
        TrainingConfig base = TrainingConfig.defaults().withEpochs(design.epochs()).withBatchSize(design.batch());
        SpaceMapping mapping = SpaceMapping.of(space, ModelSpecs.parse(design.model()), base,
                ModelInput.of(data.train()));
        checkGrid(design, space);
        TuningStudy study = TuningStudy.open(storage, name, design);
        Map<String, Study> searches = new LinkedHashMap<>();
        for (Strategy s : design.strategies()) {
            for (int k = 1; k <= design.searches(); k++) {
                searches.put(study.searchName(s, k), study.search(s, k));
            }
        }
        open = List.copyOf(searches.values());
        TrainingObjective objective = new TrainingObjective(meter, data, mapping, design.repeats(),
                TuningDesign.FIRST_TRAINING_SEED);
        int before = 0;
        for (Study st : searches.values()) {
            before += finished(st, design);
        }
        listener.onStart(design, before, design.totalRounds());
        QuietGate gate = new QuietGate(meter, quietWait);
        Optional<String> failure = Optional.empty();
        int done = before;
        try {
            for (int round = 1; round <= design.rounds() && failure.isEmpty(); round++) {
                for (int k = 1; k <= design.searches() && failure.isEmpty(); k++) {
                    for (Strategy s : design.strategies()) {
                        Study st = searches.get(study.searchName(s, k));
                        if (finished(st, design) >= round) {
                            continue;
                        }
                        if (done == before) {
                            study.recordEnvironment(environment());
                        }
                        gate.await(listener::onBusyMachine);
                        listener.onRoundStart(s, k, round);
                        st.optimize(objective, OptimizeOptions.trials(1).withHeartbeatInterval(HEARTBEAT));
                        List<FrozenTrial> trials = st.trials();
                        FrozenTrial last = trials.get(trials.size() - 1);
                        if (last.state() == TrialState.FAIL) {
                            failure = Optional.of(st.name() + " round " + round + ": "
                                    + last.failReason().orElse("failed"));
                            break;
                        }
                        done++;
                        List<RoundRecord> rounds = TuningStudy.rounds(trials, design.rounds());
                        listener.onRoundFinished(s, k, rounds.get(rounds.size() - 1), done, design.totalRounds());
                    }
                }
            }
        } finally {
            open = List.of();
        }
        return new TuningResult(name, storage.describe(), data.description(), study.analysis(), before,
                done - before, failure, study.environments());
    }

    /**
     * Marks FAIL the round in progress, for a shutdown hook on Ctrl-C: it then runs again when the study resumes,
     * without waiting for its heartbeat to go stale. Does nothing between runs.
     */
    public void abandonCurrentRound(String reason) {
        for (Study st : open) {
            for (FrozenTrial t : st.trials()) {
                if (t.state() == TrialState.RUNNING) {
                    st.storage().finishTrial(st.id(), t.number(), TrialState.FAIL, new double[0], null,
                            Map.of(FrozenTrial.FAIL_REASON, reason), Instant.now());
                }
            }
        }
    }

    private static int finished(Study st, TuningDesign design) {
        return TuningStudy.rounds(st.trials(), design.rounds()).size();
    }

    private static void checkGrid(TuningDesign design, SearchSpace space) {
        if (!design.strategies().contains(Strategy.GRID)) {
            return;
        }
        int points = new GridSampler(5, GridSampler.Mode.UPPER_EXCLUDED, 0, true).size(space);
        if (points < design.rounds()) {
            throw new IllegalArgumentException("the grid of this space has " + points + " points, fewer than --rounds "
                    + design.rounds() + ": use at most " + points + " rounds, or leave grid out");
        }
    }

    private RunEnvironment environment() {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("djl", Engine.getDjlVersion());
        libraries.put("pytorch", Engine.getInstance().getVersion());
        return RunEnvironment.capture(meter, libraries);
    }
}
