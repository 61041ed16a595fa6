package org.greentrain.energy.nvml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.Uncertainty;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.EnergySource;

/**
 * Energy of each NVIDIA GPU. Devices with a total-energy counter (Volta and later) are read as counters; older ones
 * have their board power sampled at the configured interval and integrated over the real timestamps with the
 * trapezoid rule. Each device reports which path it took.
 */
public final class NvmlSource implements EnergySource {

    static final Uncertainty COUNTER_UNCERTAINTY = Uncertainty.symmetric(0.10,
            "NVIDIA specifies board power to +/-5%; the counter integrates a partly sampled sensor (SC24, arXiv 2312.02741)");
    static final Uncertainty SAMPLED_UNCERTAINTY = Uncertainty.symmetric(0.15,
            "sampled board power misses transients between samples (SC24, arXiv 2312.02741)");

    private final NvmlApi nvml;
    private final Duration samplingInterval;
    private final LongSupplier nanoClock;

    /**
     * @param nvml             the bound library
     * @param samplingInterval how often to sample power on devices without an energy counter
     * @param nanoClock        monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public NvmlSource(NvmlApi nvml, Duration samplingInterval, LongSupplier nanoClock) {
        this.nvml = nvml;
        this.samplingInterval = samplingInterval;
        this.nanoClock = nanoClock;
    }

    @Override
    public String name() {
        return "nvml";
    }

    @Override
    public String description() {
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < nvml.deviceCount(); i++) {
            devices.add("gpu" + i + " " + nvml.deviceName(i) + " ("
                    + provenanceOf(i).id() + ")");
        }
        return String.join(", ", devices);
    }

    private Provenance provenanceOf(int device) {
        return nvml.totalEnergyMillijoules(device).isPresent()
                ? Provenance.NVML_ENERGY_COUNTER : Provenance.NVML_POWER_SAMPLED;
    }

    @Override
    public EnergyReader open() {
        return new Reader();
    }

    private final class Reader implements EnergyReader {
        private final List<ComponentSpec> specs = new ArrayList<>();
        private final long[] counterStartMillijoules;
        private final boolean[] sampled;
        private final double[] integratedJoules;
        private final double[] lastWatts;
        private long lastSampleNanos;

        Reader() {
            int n = nvml.deviceCount();
            counterStartMillijoules = new long[n];
            sampled = new boolean[n];
            integratedJoules = new double[n];
            lastWatts = new double[n];
            lastSampleNanos = nanoClock.getAsLong();
            for (int i = 0; i < n; i++) {
                OptionalLong counter = nvml.totalEnergyMillijoules(i);
                sampled[i] = counter.isEmpty();
                if (sampled[i]) {
                    lastWatts[i] = nvml.powerMilliwatts(i) / 1000.0;
                } else {
                    counterStartMillijoules[i] = counter.getAsLong();
                }
                specs.add(ComponentSpec.single("gpu" + i,
                        sampled[i] ? Provenance.NVML_POWER_SAMPLED : Provenance.NVML_ENERGY_COUNTER,
                        sampled[i] ? SAMPLED_UNCERTAINTY : COUNTER_UNCERTAINTY, true));
            }
        }

        @Override
        public List<ComponentSpec> components() {
            return specs;
        }

        @Override
        public synchronized double[][] read(long nanoTime) {
            integrateSampled();
            double[][] out = new double[specs.size()][];
            for (int i = 0; i < out.length; i++) {
                double joules = sampled[i]
                        ? integratedJoules[i]
                        : (nvml.totalEnergyMillijoules(i).orElse(counterStartMillijoules[i])
                                - counterStartMillijoules[i]) / 1000.0;
                out[i] = new double[] {joules};
            }
            return out;
        }

        @Override
        public Optional<Duration> samplingPeriod() {
            for (boolean s : sampled) {
                if (s) {
                    return Optional.of(samplingInterval);
                }
            }
            return Optional.empty();
        }

        @Override
        public synchronized void sample() {
            integrateSampled();
        }

        private void integrateSampled() {
            long now = nanoClock.getAsLong();
            double dt = (now - lastSampleNanos) / 1e9;
            for (int i = 0; i < sampled.length; i++) {
                if (sampled[i]) {
                    double watts = nvml.powerMilliwatts(i) / 1000.0;
                    integratedJoules[i] += 0.5 * (watts + lastWatts[i]) * dt;
                    lastWatts[i] = watts;
                }
            }
            lastSampleNanos = now;
        }

        @Override
        public void close() {
            // the NvmlApi outlives readers; the meter closes it
        }
    }
}
