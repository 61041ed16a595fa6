package org.greentrain.study.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.greentrain.energy.RunEnvironment;

/**
 * The rows a study report's environment table shows for the machines and software its runs used, so that every
 * study writes them alike: CPU, memory, OS, JVM, greentrain's build, each library (by name), the meter sources and
 * the carbon intensity. When a study ran in several environments, each one's rows are numbered {@code #1 }, {@code #2 }
 * and so on, first first.
 */
public final class EnvironmentRows {

    private EnvironmentRows() {
    }

    /** The rows of {@code environments}, label to value in display order; empty when there is none. */
    public static Map<String, String> of(List<RunEnvironment> environments) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < environments.size(); i++) {
            String prefix = environments.size() == 1 ? "" : "#" + (i + 1) + " ";
            RunEnvironment e = environments.get(i);
            rows.put(prefix + "CPU", e.cpuModel() + " (" + e.logicalCpus() + " logical CPUs)");
            rows.put(prefix + "memory", String.format(Locale.ROOT, "%.1f GB", e.memoryGigabytes()));
            rows.put(prefix + "OS", e.os());
            rows.put(prefix + "JVM", e.jvm());
            rows.put(prefix + "greentrain", e.greentrainVersion() + " (commit " + e.gitCommit() + ")");
            new TreeMap<>(e.libraries()).forEach((name, version) -> rows.put(prefix + name, version));
            rows.put(prefix + "meter sources", String.join("; ", e.meterSources()));
            rows.put(prefix + "carbon intensity", String.format(Locale.ROOT, "%.1f gCO2e/kWh (%s, %s)",
                    e.carbonGramsPerKwh(), e.carbonCountry(), e.carbonSource()));
        }
        return rows;
    }
}
