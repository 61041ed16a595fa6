package org.greentrain.reduce.reducer;

import java.util.concurrent.atomic.AtomicLong;
import org.greentrain.reduce.WorkProgress;

/** The work a reduction has finished, summed across its threads and reported to a {@link WorkProgress}. */
final class WorkTally {

    private final WorkProgress progress;
    private final long total;
    private final AtomicLong done = new AtomicLong();

    /** A tally of {@code total} units that reports to {@code progress}. */
    WorkTally(WorkProgress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    /** Counts {@code units} more as finished; thread-safe. */
    void add(long units) {
        progress.reached(done.addAndGet(units), total);
    }
}
