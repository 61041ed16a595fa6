package org.greentrain.energy.estimate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the CPU model name of this machine from {@code /proc/cpuinfo}. */
public final class CpuInfo {

    private CpuInfo() {
    }

    /** The model name, for example "Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz", or "unknown". */
    public static String modelName(Path procRoot) {
        try {
            List<String> lines = Files.readAllLines(procRoot.resolve("cpuinfo"));
            for (String key : List.of("model name", "Model", "Hardware", "cpu model")) {
                for (String line : lines) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                        String value = line.substring(colon + 1).trim();
                        if (!value.isEmpty()) {
                            return value;
                        }
                    }
                }
            }
        } catch (IOException e) {
            // fall through
        }
        String arch = System.getProperty("os.arch", "unknown");
        return "unknown (" + arch + ")";
    }
}
