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
 * RAM energy from a per-GiB power model, used only when no RAPL DRAM counter exists. The default 3/8 W per GiB is the
 * figure CodeCarbon used in the runs behind the data-reduction paper (23.43 W for 62.47 GiB: CodeCarbon divides the
 * installed bytes by 2^30).
 */
public final class RamEstimateSource implements EnergySource {

    /** Default power per GiB (2^30 bytes) of installed memory. */
    public static final double DEFAULT_WATTS_PER_GIB = 0.375;

    private static final double BYTES_PER_GIB = 1L << 30;

    /**
     * Memory power depends on DIMM generation, rank count and traffic; published per-GB figures span roughly a factor
     * of two either way around 3/8 W.
     */
    public static final Uncertainty UNCERTAINTY = new Uncertainty(-0.50, 1.00,
            "per-GB DIMM power varies about 2x with memory generation and traffic");

    private final double watts;
    private final double gibibytes;

    private RamEstimateSource(double gibibytes) {
        this.gibibytes = gibibytes;
        this.watts = gibibytes * DEFAULT_WATTS_PER_GIB;
    }

    /** A model for this machine's installed memory at the default per-GiB power. */
    public static RamEstimateSource forMachine(Path procRoot) {
        return new RamEstimateSource(installedGigabytes(procRoot) * 1e9 / BYTES_PER_GIB);
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

    @Override
    public String name() {
        return "ram-estimate";
    }

    @Override
    public String description() {
        return String.format(java.util.Locale.ROOT, "%.1f GiB x %.3f W/GiB = %.2f W", gibibytes, DEFAULT_WATTS_PER_GIB,
                watts);
    }

    @Override
    public EnergyReader open() {
        return new ConstantPowerReader(
                List.of(ComponentSpec.single("ram", Provenance.RAM_ESTIMATE, UNCERTAINTY, true)),
                new double[] {watts});
    }
}
