package org.greentrain.study;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.greentrain.tune.storage.Storage;

/**
 * Keeps a RUNNING trial's heartbeat fresh from a daemon thread while its run trains, so that a run left RUNNING by a
 * killed process goes stale and is run again when the study resumes. Shared by the studies that store one run per
 * trial: reduction runs, and ablation runs (which architecture studies run too).
 */
public final class RunHeartbeat implements AutoCloseable {

    /** How often the heartbeat is refreshed. */
    public static final Duration INTERVAL = Duration.ofSeconds(5);

    private final ScheduledExecutorService executor;

    /** Starts beating for trial {@code trial} of study {@code studyId}, at once and then every {@link #INTERVAL}. */
    public RunHeartbeat(Storage storage, long studyId, int trial) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "greentrain-run-heartbeat");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> beat(storage, studyId, trial), 0, INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static void beat(Storage storage, long studyId, int trial) {
        try {
            storage.heartbeat(studyId, trial, Instant.now());
        } catch (RuntimeException e) {
            // a missed beat only ages the heartbeat; the next one refreshes it
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
