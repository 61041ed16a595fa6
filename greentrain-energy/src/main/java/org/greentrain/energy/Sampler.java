package org.greentrain.energy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.greentrain.energy.source.EnergyReader;

/**
 * The background thread that calls {@link EnergyReader#sample()} on readers that need it. It exists only while a run
 * is tracked and only when some reader needs sampling; counters and linear models do not.
 */
public final class Sampler implements AutoCloseable {

    /** Name of the sampler thread, so that its own CPU time can be measured. */
    public static final String THREAD_NAME = "greentrain-energy-sampler";

    private final ScheduledExecutorService executor;

    private Sampler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts sampling the readers that need it; empty when none does. */
    public static Optional<Sampler> startFor(List<EnergyReader> readers) {
        List<EnergyReader> sampled = readers.stream().filter(r -> r.samplingPeriod().isPresent()).toList();
        if (sampled.isEmpty()) {
            return Optional.empty();
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, THREAD_NAME);
            t.setDaemon(true);
            return t;
        });
        // one task per distinct period, so that the thread wakes once per tick whatever the number of readers
        Map<Duration, List<EnergyReader>> byPeriod = sampled.stream()
                .collect(Collectors.groupingBy(r -> r.samplingPeriod().orElseThrow(), TreeMap::new,
                        Collectors.toList()));
        byPeriod.forEach((period, group) -> {
            long micros = period.toNanos() / 1000;
            executor.scheduleAtFixedRate(() -> sampleQuietly(group), micros, micros, TimeUnit.MICROSECONDS);
        });
        return Optional.of(new Sampler(executor));
    }

    private static void sampleQuietly(List<EnergyReader> group) {
        for (EnergyReader reader : group) {
            try {
                reader.sample();
            } catch (RuntimeException e) {
                // a failed sample is skipped; an exception would cancel all future samples of the group
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
