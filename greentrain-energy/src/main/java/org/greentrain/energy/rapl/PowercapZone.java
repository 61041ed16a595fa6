package org.greentrain.energy.rapl;

import java.nio.file.Path;

/**
 * One powercap zone found under sysfs.
 *
 * @param directory            the zone directory
 * @param controlType          the part of the directory name before the first colon, e.g. {@code intel-rapl} or
 *                             {@code intel-rapl-mmio}
 * @param name                 the contents of the {@code name} file, e.g. {@code package-1} or {@code dram}
 * @param kind                 the RAPL domain
 * @param socket               the package the zone belongs to (0 for psys)
 * @param maxEnergyRangeMicrojoules the value at which {@code energy_uj} wraps to zero
 */
public record PowercapZone(
        Path directory, String controlType, String name, ZoneKind kind, int socket, long maxEnergyRangeMicrojoules) {

    /** The cumulative counter file. */
    public Path energyFile() {
        return directory.resolve("energy_uj");
    }

    /** True for a zone exposed through the MMIO interface, which duplicates an MSR-based package zone. */
    public boolean isMmio() {
        return controlType.endsWith("-mmio");
    }

    /** A label unique per socket, for example {@code package-1} or {@code dram-0}. */
    public String partName() {
        return switch (kind) {
            case PACKAGE -> name;
            case PSYS -> "psys";
            default -> name + "-" + socket;
        };
    }
}
