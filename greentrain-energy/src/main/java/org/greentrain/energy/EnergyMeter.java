package org.greentrain.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greentrain.energy.carbon.CarbonIntensity;
import org.greentrain.energy.carbon.CarbonIntensityTable;
import org.greentrain.energy.estimate.ConstantPowerSource;
import org.greentrain.energy.estimate.CpuEstimateSource;
import org.greentrain.energy.estimate.CpuInfo;
import org.greentrain.energy.estimate.CpuPowerModels;
import org.greentrain.energy.estimate.CpuTimes;
import org.greentrain.energy.estimate.RamEstimateSource;
import org.greentrain.energy.estimate.TdpTable;
import org.greentrain.energy.nvml.JnaNvml;
import org.greentrain.energy.nvml.NvmlApi;
import org.greentrain.energy.nvml.NvmlSource;
import org.greentrain.energy.rapl.RaplSource;
import org.greentrain.energy.source.EnergySource;
import org.greentrain.energy.source.SourceStatus;

/**
 * The energy sources of this machine, discovered once and reused for every tracked run. Discovery picks counters
 * where they are readable and fills the remaining components with estimates: a CPU estimate only without RAPL
 * package counters, a RAM estimate only without a DRAM zone. Every source considered is listed with the reason it is
 * used or not.
 */
public final class EnergyMeter implements AutoCloseable {

    private final MeterConfig config;
    private final List<EnergySource> sources;
    private final List<SourceStatus> statuses;
    private final List<String> hints;
    private final CarbonIntensity carbonIntensity;
    private final String cpuModelName;
    private final NvmlApi nvml;

    private EnergyMeter(MeterConfig config, List<EnergySource> sources, List<SourceStatus> statuses,
                        List<String> hints, CarbonIntensity carbonIntensity, String cpuModelName, NvmlApi nvml) {
        this.config = config;
        this.sources = List.copyOf(sources);
        this.statuses = List.copyOf(statuses);
        this.hints = List.copyOf(hints);
        this.carbonIntensity = carbonIntensity;
        this.cpuModelName = cpuModelName;
        this.nvml = nvml;
    }

    /**
     * Discovers the sources for {@code config}.
     *
     * @throws IllegalArgumentException for an unknown country code or an inconsistent CPU power override
     */
    public static EnergyMeter discover(MeterConfig config) {
        CarbonIntensity intensity = config.carbonIntensity() != null
                ? new CarbonIntensity(config.carbonIntensity(), "CUSTOM", "user override")
                : CarbonIntensityTable.bundled().intensityFor(config.country());
        String cpuModel = CpuInfo.modelName(config.procRoot());
        List<EnergySource> sources = new ArrayList<>();
        List<SourceStatus> statuses = new ArrayList<>();
        List<String> hints = new ArrayList<>();

        if (config.constantPower() != null) {
            var constant = new ConstantPowerSource(config.constantPower().cpuWatts(),
                    config.constantPower().ramWatts());
            sources.add(constant);
            statuses.add(SourceStatus.used(constant));
            for (String other : List.of("rapl", "nvml", "cpu-estimate", "ram-estimate")) {
                statuses.add(SourceStatus.notNeeded(other, "constant mode replaces every other source"));
            }
            return new EnergyMeter(config, sources, statuses, hints, intensity, cpuModel, null);
        }

        RaplSource rapl = null;
        RaplSource.Discovery discovery = RaplSource.discover(config.sysfsRoot());
        if (discovery instanceof RaplSource.Discovery.Found found) {
            rapl = found.source();
            sources.add(rapl);
            statuses.add(SourceStatus.used(rapl));
        } else if (discovery instanceof RaplSource.Discovery.Missing missing) {
            statuses.add(SourceStatus.absent("rapl", missing.reason()));
            if (missing.permissionProblem()) {
                hints.add(RaplSource.PERMISSION_HINT);
            }
        }

        NvmlApi nvml = null;
        if (!config.gpu()) {
            statuses.add(SourceStatus.absent("nvml", "GPU measurement disabled"));
        } else {
            Optional<NvmlApi> loaded = loadNvml(config, statuses);
            if (loaded.isPresent()) {
                nvml = loaded.get();
                var gpu = new NvmlSource(nvml, config.samplingInterval(), System::nanoTime);
                sources.add(gpu);
                statuses.add(SourceStatus.used(gpu));
            }
        }

        if (rapl == null) {
            var model = CpuPowerModels.resolve(cpuModel, CpuTimes.read(config.procRoot()).onlineCpus(),
                    config.cpuTdpOverride(), config.cpuIdleOverride(), TdpTable.bundled());
            var cpu = new CpuEstimateSource(model, config.procRoot(), cpuModel);
            sources.add(cpu);
            statuses.add(SourceStatus.used(cpu));
        } else {
            statuses.add(SourceStatus.notNeeded("cpu-estimate", "RAPL package counters cover the CPU"));
        }
        if (rapl == null || !rapl.coversDram()) {
            var ram = RamEstimateSource.forMachine(config.procRoot());
            sources.add(ram);
            statuses.add(SourceStatus.used(ram));
        } else {
            statuses.add(SourceStatus.notNeeded("ram-estimate", "a RAPL dram zone covers memory"));
        }
        return new EnergyMeter(config, sources, statuses, hints, intensity, cpuModel, nvml);
    }

    private static Optional<NvmlApi> loadNvml(MeterConfig config, List<SourceStatus> statuses) {
        try {
            JnaNvml nvml = JnaNvml.load(config.nvmlLibrary());
            if (nvml.deviceCount() == 0) {
                nvml.close();
                statuses.add(SourceStatus.absent("nvml", "NVML loaded but reports no GPU"));
                return Optional.empty();
            }
            return Optional.of(nvml);
        } catch (RuntimeException | LinkageError e) {
            statuses.add(SourceStatus.absent("nvml", e.getMessage() == null ? e.toString() : e.getMessage()));
            return Optional.empty();
        }
    }

    /** Starts tracking a run named {@code label}. */
    public EnergyTracker start(String label) {
        return new EnergyTracker(this, label, false);
    }

    /** The configuration this meter was discovered with. */
    public MeterConfig config() {
        return config;
    }

    /** The sources that measure. */
    public List<EnergySource> sources() {
        return sources;
    }

    /** Every source considered, used or not, with the reason. */
    public List<SourceStatus> statuses() {
        return statuses;
    }

    /** One-line hints for the user, for example how to make RAPL readable. */
    public List<String> hints() {
        return hints;
    }

    /** The carbon intensity applied to every measurement. */
    public CarbonIntensity carbonIntensity() {
        return carbonIntensity;
    }

    /** The CPU model name of this machine. */
    public String cpuModelName() {
        return cpuModelName;
    }

    @Override
    public void close() {
        if (nvml != null) {
            nvml.close();
        }
    }
}
