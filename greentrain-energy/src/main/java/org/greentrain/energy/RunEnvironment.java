package org.greentrain.energy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.energy.estimate.RamEstimateSource;
import org.greentrain.energy.source.SourceStatus;

/**
 * The machine and software a run happened on, recorded beside every result so that a number always says where it
 * came from: CPU, memory, OS, JVM, library versions, meter sources, carbon intensity and greentrain's own build.
 *
 * @param cpuModel          {@code /proc/cpuinfo} model name
 * @param logicalCpus       CPUs visible to the JVM
 * @param memoryGigabytes   installed memory in GB
 * @param os                operating system name, version and architecture
 * @param jvm               JVM vendor and version
 * @param greentrainVersion greentrain version
 * @param gitCommit         commit greentrain was built from
 * @param meterSources      the sources in use, for example {@code cpu-estimate: ...}
 * @param carbonGramsPerKwh carbon intensity applied
 * @param carbonCountry     the intensity's country code
 * @param carbonSource      where the intensity comes from
 * @param libraries         versions of further libraries involved (DJL, PyTorch, ...), by name
 */
public record RunEnvironment(
        String cpuModel,
        int logicalCpus,
        double memoryGigabytes,
        String os,
        String jvm,
        String greentrainVersion,
        String gitCommit,
        List<String> meterSources,
        double carbonGramsPerKwh,
        String carbonCountry,
        String carbonSource,
        Map<String, String> libraries) {

    public RunEnvironment {
        meterSources = List.copyOf(meterSources);
        libraries = Map.copyOf(libraries);
    }

    /** Captures this machine's environment as seen through {@code meter}, plus extra library versions. */
    public static RunEnvironment capture(EnergyMeter meter, Map<String, String> libraries) {
        BuildInfo build = BuildInfo.current();
        List<String> sources = meter.statuses().stream()
                .filter(s -> s.state() == SourceStatus.State.USED)
                .map(s -> s.name() + ": " + s.detail())
                .toList();
        return new RunEnvironment(
                meter.cpuModelName(),
                Runtime.getRuntime().availableProcessors(),
                RamEstimateSource.installedGigabytes(meter.config().procRoot()),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"),
                build.version(),
                build.commit(),
                sources,
                meter.carbonIntensity().gramsPerKwh(),
                meter.carbonIntensity().country(),
                meter.carbonIntensity().source(),
                new LinkedHashMap<>(libraries));
    }
}
