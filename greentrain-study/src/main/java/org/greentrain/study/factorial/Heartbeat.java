package org.greentrain.study.factorial;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.greentrain.tune.study.Study;

/**
 * Keeps a RUNNING trial's heartbeat fresh from a daemon thread while its run trains, so that a run left RUNNING by a
 * killed process is recognised as stale and run again.
 */
final class Heartbeat implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final ScheduledExecutorService executor;

    Heartbeat(Study study, int trial) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "greentrain-ablate-heartbeat");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> beat(study, trial), 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void beat(Study study, int trial) {
        try {
            study.storage().heartbeat(study.id(), trial, Instant.now());
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
