package org.greentrain.energy.rapl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds a powercap sysfs tree in a directory, laid out as the kernel does: real zone directories under
 * {@code devices/virtual/powercap/<control>/...}, each with the kernel's back-links ({@code subsystem} to the class
 * directory, {@code device} to its parent) and a {@code power} directory, and symlinks to every control and zone from
 * {@code class/powercap}. Tests then point the meter at it with {@code --sysfs-root}.
 */
public final class FakePowercapTree {

    private final Path root;

    public FakePowercapTree(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * Adds a zone.
     *
     * @param id       zone id, e.g. {@code intel-rapl:0} or {@code intel-rapl:0:2} or {@code intel-rapl-mmio:0}
     * @param name     contents of the name file, e.g. {@code package-0}
     * @param energyUj initial counter
     * @param maxRange max_energy_range_uj
     */
    public FakePowercapTree zone(String id, String name, long energyUj, long maxRange) {
        String control = id.substring(0, id.indexOf(':'));
        String[] parts = id.split(":");
        Path dir = root.resolve("devices/virtual/powercap").resolve(control);
        for (int depth = 2; depth <= parts.length; depth++) {
            dir = dir.resolve(String.join(":", java.util.Arrays.copyOf(parts, depth)));
        }
        try {
            Path classDir = root.resolve("class/powercap");
            Files.createDirectories(classDir);
            Path controlDir = root.resolve("devices/virtual/powercap").resolve(control);
            if (!Files.exists(controlDir)) {
                Files.createDirectories(controlDir.resolve("power"));
                Files.createSymbolicLink(controlDir.resolve("subsystem"), classDir);
                Files.createSymbolicLink(classDir.resolve(control), controlDir);
            }
            Files.createDirectories(dir.resolve("power"));
            Files.writeString(dir.resolve("name"), name + "\n");
            Files.writeString(dir.resolve("energy_uj"), energyUj + "\n");
            Files.writeString(dir.resolve("max_energy_range_uj"), maxRange + "\n");
            Files.createSymbolicLink(dir.resolve("subsystem"), classDir);
            Files.createSymbolicLink(dir.resolve("device"), dir.getParent());
            Files.createSymbolicLink(classDir.resolve(id), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sets a zone's counter, as the hardware would between two reads. */
    public void setEnergy(String id, long energyUj) {
        try {
            Files.writeString(root.resolve("class/powercap").resolve(id).resolve("energy_uj"), energyUj + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counter file of a zone. */
    public Path energyFile(String id) {
        return root.resolve("class/powercap").resolve(id).resolve("energy_uj");
    }

    /**
     * A two-socket Intel server: packages with core and dram sub-zones, a psys zone, and an MMIO duplicate of
     * package-0. Counter ranges are 262143328850 uJ as on real hardware.
     */
    public static FakePowercapTree twoSocketServer(Path root) {
        long range = 262_143_328_850L;
        return new FakePowercapTree(root)
                .zone("intel-rapl:0", "package-0", 1_000_000_000L, range)
                .zone("intel-rapl:0:0", "core", 500_000_000L, range)
                .zone("intel-rapl:0:1", "dram", 200_000_000L, range)
                .zone("intel-rapl:1", "package-1", 3_000_000_000L, range)
                .zone("intel-rapl:1:0", "core", 700_000_000L, range)
                .zone("intel-rapl:1:1", "dram", 400_000_000L, range)
                .zone("intel-rapl:2", "psys", 9_000_000_000L, range)
                .zone("intel-rapl-mmio:0", "package-0", 5_000_000L, range);
    }
}
