package org.greentrain.energy.rapl;

import java.util.Optional;

/** The RAPL domains that powercap exposes, identified by a zone's {@code name} file. */
public enum ZoneKind {
    PACKAGE, DRAM, CORE, UNCORE, PSYS;

    /** Classifies a zone by the contents of its {@code name} file ({@code package-0}, {@code dram}, ...). */
    public static Optional<ZoneKind> fromZoneName(String name) {
        if (name.startsWith("package-")) {
            return Optional.of(PACKAGE);
        }
        return switch (name) {
            case "dram" -> Optional.of(DRAM);
            case "core" -> Optional.of(CORE);
            case "uncore" -> Optional.of(UNCORE);
            case "psys" -> Optional.of(PSYS);
            default -> Optional.empty();
        };
    }
}
