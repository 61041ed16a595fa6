package org.greentrain.energy.estimate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;

/** A reader whose components draw constant power: energy is watts times elapsed time. */
final class ConstantPowerReader implements EnergyReader {
    private final List<ComponentSpec> specs;
    private final double[] watts;
    private final long startNanos = System.nanoTime();

    ConstantPowerReader(List<ComponentSpec> specs, double[] watts) {
        this.specs = specs;
        this.watts = watts;
    }

    @Override
    public List<ComponentSpec> components() {
        return specs;
    }

    @Override
    public double[][] read(long nanoTime) {
        double seconds = (nanoTime - startNanos) / 1e9;
        double[][] out = new double[watts.length][];
        for (int i = 0; i < watts.length; i++) {
            out[i] = new double[] {watts[i] * seconds};
        }
        return out;
    }

    @Override
    public Optional<Duration> samplingPeriod() {
        return Optional.empty();
    }

    @Override
    public void sample() {
        // constant power needs no samples
    }

    @Override
    public void close() {
        // nothing held open
    }
}
