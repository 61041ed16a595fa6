package org.greentrain.tune.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.tune.sampler.SpaceExhaustedException;

/**
 * One {@link Study#optimize} call: worker threads that each claim a trial slot (checking the trial count, time-out
 * and energy budget), ask, run the objective under an energy tracker, and tell; plus a heartbeat thread for the trials
 * in progress. A trial failed as stale by another worker meanwhile is left as it is. A worker the energy budget refuses
 * while this loop's own trials run waits for one of them to end, since their energies decide.
 */
final class OptimizeLoop {
    private final Study study;
    private final Objective objective;
    private final OptimizeOptions options;
    private final Instant deadline;
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();
    private int started;
    /** Claims whose trial is not stored yet (asking), and claims not finished (asking or running). */
    private int asking;
    private int inFlight;
    private int ran;
    private StopReason stop;

    OptimizeLoop(Study study, Objective objective, OptimizeOptions options) {
        this.study = study;
        this.objective = objective;
        this.options = options;
        this.deadline = options.timeout() == null ? null : Instant.now().plus(options.timeout());
    }

    OptimizeResult run() {
        study.failStaleTrials();
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "greentrain-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = options.heartbeatInterval().toMillis();
        beats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "greentrain-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < options.workers(); w++) {
                futures.add(pool.submit(() -> {
                    work();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("optimize interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
            beats.shutdownNow();
        }
        List<FrozenTrial> all = study.trials();
        Optional<EnergyToTarget> target = Double.isNaN(options.targetValue()) ? Optional.empty()
                : study.energyToReach(options.targetValue());
        return new OptimizeResult(stop == null ? StopReason.N_TRIALS : stop, ran,
                EnergyBudget.spentJoules(all), options.energyBudgetJoules(), EnergyBudget.forecastJoules(all),
                target);
    }

    private void beat() {
        Instant now = Instant.now();
        for (int n : running) {
            try {
                study.storage().heartbeat(study.id(), n, now);
            } catch (RuntimeException e) {
                // a missed beat is retried at the next interval
            }
        }
    }

    private synchronized boolean claim() throws InterruptedException {
        while (true) {
            if (stop != null) {
                return false;
            }
            if (started >= options.nTrials()) {
                stop = StopReason.N_TRIALS;
                return false;
            }
            if (deadline != null && Instant.now().isAfter(deadline)) {
                stop = StopReason.TIMEOUT;
                return false;
            }
            // a trial being asked may be counted twice (stored and asking): the budget errs on the safe side
            if (EnergyBudget.allowsAnother(study.trials(), asking, inFlight, options.energyBudgetJoules())) {
                started++;
                asking++;
                inFlight++;
                return true;
            }
            if (inFlight == 0) {
                stop = StopReason.ENERGY_BUDGET;
                return false;
            }
            wait(100);
        }
    }

    private synchronized void asked() {
        asking--;
    }

    private synchronized void ended() {
        inFlight--;
        notifyAll();
    }

    private synchronized void stopWith(StopReason reason) {
        if (stop == null) {
            stop = reason;
        }
    }

    private synchronized void countRun() {
        ran++;
    }

    private void work() throws InterruptedException {
        while (claim()) {
            try {
                Trial trial;
                try {
                    trial = study.ask(true);
                } catch (SpaceExhaustedException e) {
                    stopWith(StopReason.SPACE_EXHAUSTED);
                    return;
                } finally {
                    asked();
                }
                running.add(trial.number());
                try {
                    runOne(trial);
                } finally {
                    running.remove(trial.number());
                    countRun();
                }
            } finally {
                ended();
            }
        }
    }

    private void runOne(Trial trial) {
        EnergyTracker tracker = options.meter() == null ? null
                : options.meter().start(study.name() + "-trial-" + trial.number());
        if (tracker != null) {
            trial.measureWith(() -> tracker.elapsed().energyJoules());
        }
        double[] values = null;
        boolean pruned = false;
        String failure = null;
        try {
            values = objective.evaluate(trial);
        } catch (TrialPrunedException e) {
            pruned = true;
        } catch (Exception | LinkageError | AssertionError e) {
            failure = e instanceof ObjectiveFailedException ? e.getMessage()
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        TrialEnergy energy = trial.reportedEnergy().orElse(null);
        if (tracker != null) {
            TrialEnergy measured = TrialEnergy.of(tracker.stop());
            if (energy == null) {
                energy = measured;
            }
        }
        if (failure == null && !pruned) {
            try {
                if (values == null) {
                    throw new IllegalArgumentException("objective returned no values");
                }
                study.tell(trial.number(), values, energy);
            } catch (IllegalArgumentException e) {
                if (study.trial(trial.number()).state() != TrialState.RUNNING) {
                    return;
                }
                failure = e.getMessage();
            }
        }
        try {
            if (pruned) {
                study.tellPruned(trial.number(), energy);
            } else if (failure != null) {
                study.tellFailed(trial.number(), failure, energy);
            }
        } catch (IllegalArgumentException e) {
            if (study.trial(trial.number()).state() == TrialState.RUNNING) {
                throw e;
            }
            return;
        }
        if (failure == null && !pruned && !Double.isNaN(options.targetValue())) {
            FrozenTrial done = study.trial(trial.number());
            if (!study.goals().get(0).direction().isBetter(options.targetValue(), done.value(0))) {
                stopWith(StopReason.TARGET_REACHED);
            }
        }
    }
}
