package org.greentrain.tune.study;

import java.time.Duration;
import org.greentrain.energy.EnergyMeter;

/**
 * How {@link Study#optimize} runs. Start from {@link #trials(int)} and change what you need with the {@code with}
 * methods.
 *
 * @param nTrials            the most trials this call runs
 * @param workers            threads running trials in parallel, each asking and telling through the storage
 * @param meter              the meter measuring each trial, or null to record no energy unless the objective declares
 *                           its own ({@link Trial#setEnergy}); with several workers each trial is charged the whole
 *                           machine's energy over its own interval, so overlapping trials share joules
 * @param energyBudgetJoules the study's total energy budget (all trials, earlier calls included), +infinity for none
 * @param targetValue        stop once a COMPLETE trial reaches this value of the first goal, NaN for no target
 * @param timeout            stop starting trials after this long, or null
 * @param heartbeatInterval  how often a running trial's heartbeat is refreshed
 */
public record OptimizeOptions(int nTrials, int workers, EnergyMeter meter, double energyBudgetJoules,
                              double targetValue, Duration timeout, Duration heartbeatInterval) {

    public OptimizeOptions {
        if (nTrials < 1) {
            throw new IllegalArgumentException("number of trials must be >= 1, got " + nTrials);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        }
        if (!(energyBudgetJoules > 0)) {
            throw new IllegalArgumentException("energy budget must be > 0 J, got " + energyBudgetJoules);
        }
        if (Double.isInfinite(targetValue)) {
            throw new IllegalArgumentException("target value must be finite, got " + targetValue);
        }
        if (heartbeatInterval == null || heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("heartbeat interval must be positive");
        }
    }

    /** {@code n} trials, one worker, no meter, no budget, no target, heartbeat every 10 s. */
    public static OptimizeOptions trials(int n) {
        return new OptimizeOptions(n, 1, null, Double.POSITIVE_INFINITY, Double.NaN, null, Duration.ofSeconds(10));
    }

    public OptimizeOptions withWorkers(int n) {
        return new OptimizeOptions(nTrials, n, meter, energyBudgetJoules, targetValue, timeout, heartbeatInterval);
    }

    public OptimizeOptions withMeter(EnergyMeter m) {
        return new OptimizeOptions(nTrials, workers, m, energyBudgetJoules, targetValue, timeout, heartbeatInterval);
    }

    public OptimizeOptions withEnergyBudgetJoules(double joules) {
        return new OptimizeOptions(nTrials, workers, meter, joules, targetValue, timeout, heartbeatInterval);
    }

    public OptimizeOptions withTarget(double value) {
        return new OptimizeOptions(nTrials, workers, meter, energyBudgetJoules, value, timeout, heartbeatInterval);
    }

    public OptimizeOptions withTimeout(Duration t) {
        return new OptimizeOptions(nTrials, workers, meter, energyBudgetJoules, targetValue, t, heartbeatInterval);
    }

    public OptimizeOptions withHeartbeatInterval(Duration d) {
        return new OptimizeOptions(nTrials, workers, meter, energyBudgetJoules, targetValue, timeout, d);
    }
}
