package org.greentrain.study.tuning;

import java.time.Duration;
import java.util.function.DoubleConsumer;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.energy.Measurement;

/**
 * Waits, before a round, until other processes use little of the machine, so that on a shared machine a round's
 * joules (which are the whole machine's) mostly belong to the round. Each probe measures one second with the meter:
 * the CPU time the machine used less this process's, as a share of all CPUs. Gives up after the maximum wait and lets
 * the round run anyway; the round's own CPU share is stored with it ({@link RoundRecord#processShare()}).
 */
final class QuietGate {

    /** Other load below this share of all CPUs counts as quiet. */
    static final double QUIET_SHARE = 0.10;

    private static final Duration PROBE = Duration.ofSeconds(1);

    private final EnergyMeter meter;
    private final Duration maxWait;

    /** A gate probing with {@code meter} for at most {@code maxWait} per round (zero: never waits). */
    QuietGate(EnergyMeter meter, Duration maxWait) {
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("the wait for a quiet machine must be >= 0, got " + maxWait);
        }
        this.meter = meter;
        this.maxWait = maxWait;
    }

    /**
     * Probes until the machine is quiet or the maximum wait has passed; returns at once when the gate is off.
     *
     * @param onBusy told the other load's share after each busy probe
     */
    void await(DoubleConsumer onBusy) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!maxWait.isZero()) {
            double others = otherLoad();
            if (others <= QUIET_SHARE) {
                return;
            }
            onBusy.accept(others);
            if (System.nanoTime() >= deadline) {
                return;
            }
        }
    }

    /** The share of all CPUs that other processes used during one probe (0 where the machine's CPU time is unknown). */
    private double otherLoad() {
        EnergyTracker t = meter.start("quiet-probe");
        try {
            Thread.sleep(PROBE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a quiet machine", e);
        }
        Measurement m = t.stop();
        if (m.machineCpuSeconds() <= 0) {
            return 0;
        }
        double others = Math.max(0, m.machineCpuSeconds() - m.processCpuSeconds());
        return others / (m.durationSeconds() * Runtime.getRuntime().availableProcessors());
    }
}
