package org.greentrain.energy.source;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An open reading session on one energy source. It reports cumulative joules since it was opened, so that the energy
 * of any interval, and of nested phases, is the difference of two reads. Implementations are thread-safe: the
 * background sampler calls {@link #sample()} while the tracker calls {@link #read()}.
 */
public interface EnergyReader extends AutoCloseable {

    /** The components this reader reports, in the order of {@link #read()}'s rows. */
    List<ComponentSpec> components();

    /**
     * Cumulative joules since the reader was opened, as {@code [component][part]} in the order of
     * {@link #components()} and their parts.
     *
     * @param nanoTime the {@link System#nanoTime()} of the snapshot this read belongs to; time-based models use it
     *                 so that every reader of one snapshot agrees on the instant
     */
    double[][] read(long nanoTime);

    /**
     * How often the background sampler must call {@link #sample()}: sampled power must be integrated, and counters
     * must be read often enough not to wrap twice. Empty when reads alone suffice.
     */
    Optional<Duration> samplingPeriod();

    /** Takes one sample; called by the background sampler at {@link #samplingPeriod()}. */
    void sample();

    /** Releases the session. */
    @Override
    void close();
}
