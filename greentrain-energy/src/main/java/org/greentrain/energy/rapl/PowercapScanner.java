package org.greentrain.energy.rapl;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the RAPL zones of a machine under powercap sysfs. Zones are identified by their {@code name} file, never by a
 * fixed index: on a two-socket server {@code intel-rapl:1} is {@code package-1}, not psys. Both
 * {@code <root>/class/powercap} and {@code <root>/devices/virtual/powercap} are searched, the same zone reached twice
 * through a symlink is kept once, and an {@code intel-rapl-mmio} zone is dropped when an MSR-based zone already covers
 * the same package.
 */
public final class PowercapScanner {

    private static final Pattern SUBZONE_SOCKET = Pattern.compile("^[^:]+:(\\d+):\\d+$");
    private static final Pattern PACKAGE_SOCKET = Pattern.compile("^package-(\\d+)$");
    private static final int MAX_DEPTH = 4;

    private PowercapScanner() {
    }

    /** Lists the RAPL zones under {@code sysfsRoot}, sorted by kind then socket; empty when powercap is absent. */
    public static List<PowercapZone> scan(Path sysfsRoot) {
        Map<Path, PowercapZone> byRealPath = new LinkedHashMap<>();
        for (Path base : List.of(sysfsRoot.resolve("class/powercap"), sysfsRoot.resolve("devices/virtual/powercap"))) {
            if (Files.isDirectory(base)) {
                for (Path dir : zoneDirectories(base)) {
                    zoneAt(dir).ifPresent(zone -> byRealPath.putIfAbsent(realPath(dir), zone));
                }
            }
        }
        return dropMmioDuplicates(new ArrayList<>(byRealPath.values()));
    }

    /**
     * Zone directories under {@code base}. {@code class/powercap} lists every zone flat, as symlinks; the directories
     * under {@code devices/virtual/powercap} nest. Links are followed only at the top of {@code base}: inside a zone,
     * sysfs links back to its parent ({@code device}) and to the class directory ({@code subsystem}), and following
     * those loops. An unreadable entry is skipped, never the whole tree.
     */
    private static List<Path> zoneDirectories(Path base) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(base, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    addIfZone(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() && base.equals(file.getParent())) {
                        addIfZone(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private void addIfZone(Path dir) {
                    if (Files.isRegularFile(dir.resolve("name")) && Files.exists(dir.resolve("energy_uj"))) {
                        found.add(dir);
                    }
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }

    private static Optional<PowercapZone> zoneAt(Path dir) {
        String dirName = dir.getFileName().toString();
        Optional<String> name = readTrimmed(dir.resolve("name"));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneKind> kind = ZoneKind.fromZoneName(name.get());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        long maxRange = readTrimmed(dir.resolve("max_energy_range_uj")).map(PowercapScanner::parseLongOrZero)
                .orElse(0L);
        String controlType = dirName.contains(":") ? dirName.substring(0, dirName.indexOf(':')) : dirName;
        return Optional.of(new PowercapZone(dir, controlType, name.get(), kind.get(), socketOf(dirName, name.get()),
                maxRange));
    }

    private static int socketOf(String dirName, String zoneName) {
        Matcher pkg = PACKAGE_SOCKET.matcher(zoneName);
        if (pkg.matches()) {
            return Integer.parseInt(pkg.group(1));
        }
        Matcher sub = SUBZONE_SOCKET.matcher(dirName);
        return sub.matches() ? Integer.parseInt(sub.group(1)) : 0;
    }

    private static List<PowercapZone> dropMmioDuplicates(List<PowercapZone> zones) {
        Set<String> msrCovered = new HashSet<>();
        for (PowercapZone z : zones) {
            if (!z.isMmio()) {
                msrCovered.add(z.partName());
            }
        }
        return zones.stream()
                .filter(z -> !(z.isMmio() && msrCovered.contains(z.partName())))
                .sorted(Comparator.comparing(PowercapZone::kind).thenComparingInt(PowercapZone::socket))
                .toList();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static Optional<String> readTrimmed(Path file) {
        try {
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long parseLongOrZero(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
