package org.greentrain.cli.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;

/**
 * Discovers the energy meter on a second thread while a command reads its data. Discovery parses the bundled carbon
 * and TDP tables and probes sysfs and {@code /proc}: about 0.07 s of a fresh JVM, which a sub-second {@code reduce}
 * would otherwise spend before reading its first row. Errors come out of {@link #meter()} as discovery threw them.
 */
public final class MeterInBackground {

    private final CompletableFuture<EnergyMeter> discovery;

    private MeterInBackground(MeterConfig config) {
        this.discovery = CompletableFuture.supplyAsync(() -> EnergyMeter.discover(config));
    }

    /** Starts discovering the meter for {@code config}. */
    public static MeterInBackground discover(MeterConfig config) {
        return new MeterInBackground(config);
    }

    /** Waits for the meter; the caller closes it. */
    public EnergyMeter meter() {
        try {
            return discovery.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Closes the meter once discovered, for a command that fails before it needs it. */
    public void abandon() {
        discovery.thenAccept(EnergyMeter::close);
    }
}
