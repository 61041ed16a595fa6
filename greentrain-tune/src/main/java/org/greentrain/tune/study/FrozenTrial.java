package org.greentrain.tune.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.tune.space.Params;

/**
 * An immutable snapshot of a trial as stored: what samplers and pruners read and what {@link Study#trials()} returns.
 *
 * @param number        the trial's number in its study, from 0, never reused
 * @param state         its state
 * @param params        its parameters (empty while a just-asked trial has none chosen yet)
 * @param values        objective values in goal order (empty unless COMPLETE); do not modify
 * @param intermediates reported values by increasing step
 * @param energy        what it cost, when known
 * @param startedAt     when it was asked
 * @param completedAt   when it finished, or null
 * @param heartbeatAt   the last heartbeat of the worker running it, or null when no heartbeat is kept
 * @param attrs         free-form attributes, for example {@code fail_reason}
 */
public record FrozenTrial(int number, TrialState state, Params params, double[] values,
                          List<Intermediate> intermediates, TrialEnergy energy, Instant startedAt,
                          Instant completedAt, Instant heartbeatAt, Map<String, String> attrs) {

    /** The attribute holding the one-line reason of a FAIL. */
    public static final String FAIL_REASON = "fail_reason";

    public FrozenTrial {
        intermediates = List.copyOf(intermediates);
        attrs = Map.copyOf(attrs);
    }

    /** The value of objective {@code i}. */
    public double value(int i) {
        return values[i];
    }

    /** The single objective value. */
    public double value() {
        if (values.length != 1) {
            throw new IllegalStateException("trial " + number + " has " + values.length + " values, not 1");
        }
        return values[0];
    }

    /** What the trial cost, when known. */
    public Optional<TrialEnergy> energyOpt() {
        return Optional.ofNullable(energy);
    }

    /** The last reported intermediate value, if any. */
    public Optional<Intermediate> lastIntermediate() {
        return intermediates.isEmpty() ? Optional.empty() : Optional.of(intermediates.get(intermediates.size() - 1));
    }

    /** The intermediate reported at exactly {@code step}, if any. */
    public Optional<Intermediate> intermediateAt(long step) {
        for (Intermediate i : intermediates) {
            if (i.step() == step) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The recorded failure reason, if any. */
    public Optional<String> failReason() {
        return Optional.ofNullable(attrs.get(FAIL_REASON));
    }

    /** Whether the trial is COMPLETE. */
    public boolean isComplete() {
        return state == TrialState.COMPLETE;
    }
}
