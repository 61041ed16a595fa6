package org.greentrain.reduce;

/**
 * How far a long reduction has got, for a progress bar with an end and an estimate of the time left. A method that
 * can count its work (PHL: neighbourhoods found, then scored) reports it here, from any of its threads.
 */
@FunctionalInterface
public interface WorkProgress {

    /** Reports nowhere. */
    WorkProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} units of the method's work are finished. */
    void reached(long done, long total);
}
