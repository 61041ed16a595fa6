package org.greentrain.cli.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.greentrain.energy.MeterConfig;
import picocli.CommandLine.Option;

/**
 * The meter options shared by every command that measures energy. They map one to one onto {@link MeterConfig}, whose
 * validation produces the error messages.
 */
public final class MeterOptions {

    @Option(names = "--interval", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Sampling interval for sources that need sampling (default: 100ms).")
    Duration interval;

    @Option(names = "--country", paramLabel = "ISO3",
            description = "Country whose grid carbon intensity applies, as ISO 3166 alpha-3 (default: world average).")
    String country;

    @Option(names = "--carbon-intensity", paramLabel = "G_PER_KWH",
            description = "Carbon intensity in gCO2e/kWh, overriding the country table.")
    Double carbonIntensity;

    @Option(names = "--pue", paramLabel = "FACTOR", description = "Power usage effectiveness of the data centre (default: 1.0).")
    Double pue;

    @Option(names = "--cpu-tdp", paramLabel = "WATTS",
            description = "CPU power at full load for the CPUs this machine sees, overriding the TDP table.")
    Double cpuTdp;

    @Option(names = "--cpu-idle-watts", paramLabel = "WATTS", description = "CPU power at idle (default: 10%% of TDP).")
    Double cpuIdle;

    @Option(names = "--constant-power", paramLabel = "CPU_W,RAM_W", split = ",",
            description = "Replace every source with fixed CPU and RAM watts, as CodeCarbon's offline mode "
                    + "(the data-reduction paper used 42.5,23.43).")
    double[] constantPower;

    @Option(names = "--sysfs-root", paramLabel = "DIR",
            description = "Where sysfs is mounted (default: /sys, or $GREENTRAIN_SYSFS_ROOT).")
    Path sysfsRoot;

    @Option(names = "--no-gpu", description = "Do not look for NVIDIA GPUs.")
    boolean noGpu;

    /** The meter configuration these options describe. */
    public MeterConfig toConfig() {
        MeterConfig config = MeterConfig.defaults();
        Path root = sysfsRoot != null ? sysfsRoot : config.sysfsRoot();
        if (sysfsRoot != null || System.getenv(MeterConfig.SYSFS_ROOT_ENV) != null) {
            if (!Files.isDirectory(root)) {
                throw new UsageException("--sysfs-root " + root + " does not exist or is not a directory");
            }
            config = config.withSysfsRoot(root);
        }
        if (interval != null) {
            config = config.withSamplingInterval(interval);
        }
        if (country != null) {
            config = config.withCountry(country);
        }
        if (carbonIntensity != null) {
            config = config.withCarbonIntensity(carbonIntensity);
        }
        if (pue != null) {
            config = config.withPue(pue);
        }
        if (cpuTdp != null) {
            config = config.withCpuTdpWatts(cpuTdp);
        }
        if (cpuIdle != null) {
            config = config.withCpuIdleWatts(cpuIdle);
        }
        if (constantPower != null) {
            if (constantPower.length != 2) {
                throw new UsageException("--constant-power takes two numbers, CPU and RAM watts, e.g. 42.5,23.43");
            }
            config = config.withConstantPower(new MeterConfig.ConstantPower(constantPower[0], constantPower[1]));
        }
        if (noGpu) {
            config = config.withGpu(false);
        }
        return config;
    }
}
