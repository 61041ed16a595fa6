package org.greentrain.energy.estimate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.Uncertainty;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.EnergySource;

/**
 * RAM energy from a per-GB power model, used only when no RAPL DRAM counter exists. The default 3/8 W per GB is the
 * figure CodeCarbon used in the runs behind the data-reduction paper (23.43 W for 62.47 GB).
 */
public final class RamEstimateSource implements EnergySource {

    /** Default power per GB of installed memory. */
    public static final double DEFAULT_WATTS_PER_GB = 0.375;

    /**
     * Memory power depends on DIMM generation, rank count and traffic; published per-GB figures span roughly a factor
     * of two either way around 3/8 W.
     */
    public static final Uncertainty UNCERTAINTY = new Uncertainty(-0.50, 1.00,
            "per-GB DIMM power varies about 2x with memory generation and traffic");

    private final double watts;
    private final double gigabytes;

    private RamEstimateSource(double gigabytes, double wattsPerGb) {
        this.gigabytes = gigabytes;
        this.watts = gigabytes * wattsPerGb;
    }

    /** A model for {@code gigabytes} of memory at {@code wattsPerGb}. */
    public static RamEstimateSource of(double gigabytes, double wattsPerGb) {
        return new RamEstimateSource(gigabytes, wattsPerGb);
    }

    /** A model for this machine's installed memory at the default per-GB power. */
    public static RamEstimateSource forMachine(Path procRoot) {
        return new RamEstimateSource(installedGigabytes(procRoot), DEFAULT_WATTS_PER_GB);
    }

    /** Installed memory in GB (10^9 bytes), from {@code /proc/meminfo} or the JVM. */
    public static double installedGigabytes(Path procRoot) {
        try {
            for (String line : Files.readAllLines(procRoot.resolve("meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024 / 1e9;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall back to the JVM's view
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize() / 1e9;
        }
        return 0;
    }

    /** Constant power of the modelled memory. */
    public double watts() {
        return watts;
    }

    @Override
    public String name() {
        return "ram-estimate";
    }

    @Override
    public String description() {
        return String.format("%.1f GB x %.3f W/GB = %.2f W", gigabytes, gigabytes > 0 ? watts / gigabytes : 0, watts);
    }

    @Override
    public EnergyReader open() {
        return new ConstantPowerReader(
                List.of(ComponentSpec.single("ram", Provenance.RAM_ESTIMATE, UNCERTAINTY, true)),
                new double[] {watts});
    }
}
