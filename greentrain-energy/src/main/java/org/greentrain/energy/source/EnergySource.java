package org.greentrain.energy.source;

/**
 * One way of measuring or estimating energy on this machine: RAPL counters, NVIDIA GPUs, a TDP model and so on. A
 * source is discovered once and opened for each tracked run.
 */
public interface EnergySource {

    /** A short stable name, for example {@code rapl} or {@code cpu-estimate}. */
    String name();

    /** One line saying what exactly will be read, for example the zones or the TDP used. */
    String description();

    /** Opens a reading session; cumulative joules start at zero now. */
    EnergyReader open();
}
