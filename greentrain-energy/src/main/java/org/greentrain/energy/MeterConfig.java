package org.greentrain.energy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.greentrain.energy.nvml.JnaNvml;

/**
 * How to measure: where sysfs and /proc live, how often to sample, which carbon intensity and PUE to apply, and any
 * overrides of the CPU power model. Start from {@link #defaults()} and change what you need with the {@code with}
 * methods; each validates its argument.
 *
 * @param sysfsRoot          root of sysfs ({@code /sys}); the {@code GREENTRAIN_SYSFS_ROOT} variable changes
 *                           the default
 * @param procRoot           root of procfs ({@code /proc})
 * @param samplingInterval   period of the background sampler for sources that need sampling
 * @param country            ISO 3166 alpha-3 code for carbon intensity, or null for the world average
 * @param carbonIntensity    gCO2e/kWh given by the user, overriding the country table, or null
 * @param pue                power-usage-effectiveness multiplier, at least 1
 * @param cpuTdpWatts        CPU full-load watts for the visible CPUs, overriding the TDP table, or null
 * @param cpuIdleWatts       CPU idle watts, overriding 10% of TDP, or null
 * @param constantPower      fixed CPU and RAM watts replacing every other source, or null
 * @param gpu                whether to look for NVIDIA GPUs
 * @param nvmlLibrary        the NVML library name JNA loads
 */
public record MeterConfig(
        Path sysfsRoot,
        Path procRoot,
        Duration samplingInterval,
        String country,
        Double carbonIntensity,
        double pue,
        Double cpuTdpWatts,
        Double cpuIdleWatts,
        ConstantPower constantPower,
        boolean gpu,
        String nvmlLibrary) {

    /** Environment variable that moves the sysfs root, for tests and unusual mounts. */
    public static final String SYSFS_ROOT_ENV = "GREENTRAIN_SYSFS_ROOT";

    /**
     * Fixed wattage for the constant model.
     *
     * @param cpuWatts CPU watts
     * @param ramWatts RAM watts
     */
    public record ConstantPower(double cpuWatts, double ramWatts) {
        /** The data-reduction paper's CodeCarbon constants: 42.5 W CPU and 23.43 W RAM. */
        public static ConstantPower paper() {
            return new ConstantPower(42.5, 23.43);
        }
    }

    public MeterConfig {
        if (samplingInterval.isNegative() || samplingInterval.isZero()) {
            throw new IllegalArgumentException("sampling interval must be positive, got " + samplingInterval.toMillis()
                    + " ms");
        }
        if (!(pue >= 1.0) || Double.isInfinite(pue)) {
            throw new IllegalArgumentException("PUE must be a number >= 1, got " + pue);
        }
    }

    /** The defaults: real sysfs and procfs (or {@code $GREENTRAIN_SYSFS_ROOT}), 100 ms, world-average carbon. */
    public static MeterConfig defaults() {
        String env = System.getenv(SYSFS_ROOT_ENV);
        Path sysfs = env == null || env.isBlank() ? Path.of("/sys") : Path.of(env);
        return new MeterConfig(sysfs, Path.of("/proc"), Duration.ofMillis(100), null, null, 1.0, null, null, null,
                true, JnaNvml.LIBRARY);
    }

    /**
     * Moves the sysfs root.
     *
     * @throws IllegalArgumentException when the directory does not exist
     */
    public MeterConfig withSysfsRoot(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("sysfs root " + root + " does not exist or is not a directory");
        }
        return new MeterConfig(root, procRoot, samplingInterval, country, carbonIntensity, pue, cpuTdpWatts,
                cpuIdleWatts, constantPower, gpu, nvmlLibrary);
    }

    public MeterConfig withSamplingInterval(Duration interval) {
        return new MeterConfig(sysfsRoot, procRoot, interval, country, carbonIntensity, pue, cpuTdpWatts,
                cpuIdleWatts, constantPower, gpu, nvmlLibrary);
    }

    /** Sets the country for carbon intensity; validated when the meter is discovered. */
    public MeterConfig withCountry(String iso3) {
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, iso3, carbonIntensity, pue, cpuTdpWatts,
                cpuIdleWatts, constantPower, gpu, nvmlLibrary);
    }

    public MeterConfig withCarbonIntensity(double gramsPerKwh) {
        if (!(gramsPerKwh >= 0) || Double.isInfinite(gramsPerKwh)) {
            throw new IllegalArgumentException("carbon intensity must be >= 0 gCO2e/kWh, got " + gramsPerKwh);
        }
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, country, gramsPerKwh, pue, cpuTdpWatts,
                cpuIdleWatts, constantPower, gpu, nvmlLibrary);
    }

    public MeterConfig withPue(double newPue) {
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, country, carbonIntensity, newPue, cpuTdpWatts,
                cpuIdleWatts, constantPower, gpu, nvmlLibrary);
    }

    public MeterConfig withCpuTdpWatts(double watts) {
        if (!(watts > 0) || Double.isInfinite(watts)) {
            throw new IllegalArgumentException("CPU TDP must be a positive number of watts, got " + watts);
        }
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, country, carbonIntensity, pue, watts,
                cpuIdleWatts, constantPower, gpu, nvmlLibrary);
    }

    public MeterConfig withCpuIdleWatts(double watts) {
        if (!(watts >= 0) || Double.isInfinite(watts)) {
            throw new IllegalArgumentException("CPU idle power must be a non-negative number of watts, got " + watts);
        }
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, country, carbonIntensity, pue, cpuTdpWatts,
                watts, constantPower, gpu, nvmlLibrary);
    }

    /** Replaces every source with fixed CPU and RAM watts. */
    public MeterConfig withConstantPower(ConstantPower power) {
        if (!(power.cpuWatts() >= 0) || !(power.ramWatts() >= 0)) {
            throw new IllegalArgumentException("constant power needs non-negative watts, got " + power);
        }
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, country, carbonIntensity, pue, cpuTdpWatts,
                cpuIdleWatts, power, gpu, nvmlLibrary);
    }

    public MeterConfig withGpu(boolean enabled) {
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, country, carbonIntensity, pue, cpuTdpWatts,
                cpuIdleWatts, constantPower, enabled, nvmlLibrary);
    }

    public MeterConfig withNvmlLibrary(String library) {
        return new MeterConfig(sysfsRoot, procRoot, samplingInterval, country, carbonIntensity, pue, cpuTdpWatts,
                cpuIdleWatts, constantPower, gpu, library);
    }

    public Optional<Double> cpuTdpOverride() {
        return Optional.ofNullable(cpuTdpWatts);
    }

    public Optional<Double> cpuIdleOverride() {
        return Optional.ofNullable(cpuIdleWatts);
    }
}
