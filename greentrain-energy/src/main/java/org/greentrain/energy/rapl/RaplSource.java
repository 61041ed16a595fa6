package org.greentrain.energy.rapl;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.Uncertainty;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.EnergySource;

/**
 * CPU package, DRAM and platform energy from RAPL counters through powercap sysfs. Packages are summed across sockets
 * into {@code cpu-package}; DRAM zones into {@code dram}; psys is reported as an alternative total and never added.
 * Core and uncore zones are sub-domains of the package and are not reported separately.
 */
public final class RaplSource implements EnergySource {

    /**
     * RAPL package counters are themselves partly modelled by the CPU; published comparisons against wall meters put
     * them within roughly 10% for package power.
     */
    static final Uncertainty PACKAGE_UNCERTAINTY = Uncertainty.symmetric(0.10,
            "RAPL package counters agree with external meters to about 10% (Khan et al., TOMPECS 2018)");
    static final Uncertainty DRAM_UNCERTAINTY = Uncertainty.symmetric(0.20,
            "RAPL DRAM is modelled on some platforms; about 20% against DIMM-level meters (Desrochers et al., "
                    + "MEMSYS 2016)");
    static final Uncertainty PSYS_UNCERTAINTY = Uncertainty.symmetric(0.10,
            "platform counter, same technology as the package counter");

    /** The README section that explains how to make {@code energy_uj} readable without root. */
    public static final String PERMISSION_HINT =
            "RAPL counters exist but energy_uj is readable only by root; falling back to an estimate. "
                    + "See README section 'Reading RAPL without root' for a udev rule.";

    private final List<PowercapZone> zones;

    private RaplSource(List<PowercapZone> zones) {
        this.zones = List.copyOf(zones);
    }

    /** The outcome of looking for RAPL on a machine. */
    public sealed interface Discovery {
        /** Readable package counters were found. */
        record Found(RaplSource source) implements Discovery {
        }

        /** No usable counters; {@code permissionProblem} is true when zones exist but cannot be read. */
        record Missing(String reason, boolean permissionProblem) implements Discovery {
        }
    }

    /** Looks for readable RAPL package zones under {@code sysfsRoot}. */
    public static Discovery discover(Path sysfsRoot) {
        List<PowercapZone> all = PowercapScanner.scan(sysfsRoot);
        List<PowercapZone> packages = all.stream().filter(z -> z.kind() == ZoneKind.PACKAGE).toList();
        if (packages.isEmpty()) {
            String where = sysfsRoot.resolve("class/powercap").toString();
            return new Discovery.Missing(all.isEmpty()
                    ? "no powercap RAPL zones under " + where + " (a VM, a non-Linux OS, or the driver is not loaded)"
                    : "powercap has no package zone under " + where, false);
        }
        List<PowercapZone> usable = new ArrayList<>();
        for (PowercapZone z : all) {
            if (z.kind() == ZoneKind.CORE || z.kind() == ZoneKind.UNCORE) {
                continue;
            }
            Optional<String> problem = readProblem(z.energyFile());
            if (problem.isPresent()) {
                if (z.kind() == ZoneKind.PACKAGE) {
                    boolean denied = problem.get().equals("denied");
                    return new Discovery.Missing(denied
                            ? z.energyFile() + " is readable only by root"
                            : z.energyFile() + " cannot be read: " + problem.get(), denied);
                }
                continue; // an unreadable dram or psys zone only loses that component
            }
            usable.add(z);
        }
        return new Discovery.Found(new RaplSource(usable));
    }

    private static Optional<String> readProblem(Path energyFile) {
        try {
            Long.parseLong(Files.readString(energyFile).trim());
            return Optional.empty();
        } catch (AccessDeniedException e) {
            return Optional.of("denied");
        } catch (IOException | NumberFormatException e) {
            return Optional.of(e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** True when a DRAM zone is read, so that no RAM estimate is needed. */
    public boolean coversDram() {
        return zones.stream().anyMatch(z -> z.kind() == ZoneKind.DRAM);
    }

    @Override
    public String name() {
        return "rapl";
    }

    @Override
    public String description() {
        return "powercap RAPL: " + String.join(", ", zones.stream().map(PowercapZone::partName).toList());
    }

    @Override
    public EnergyReader open() {
        List<ComponentSpec> specs = new ArrayList<>();
        List<List<PowercapZone>> groups = new ArrayList<>();
        addGroup(specs, groups, ZoneKind.PACKAGE, "cpu-package", Provenance.RAPL_PACKAGE, PACKAGE_UNCERTAINTY, true);
        addGroup(specs, groups, ZoneKind.DRAM, "dram", Provenance.RAPL_DRAM, DRAM_UNCERTAINTY, true);
        addGroup(specs, groups, ZoneKind.PSYS, "psys", Provenance.RAPL_PSYS, PSYS_UNCERTAINTY, false);
        return new RaplReader(specs, groups);
    }

    private void addGroup(List<ComponentSpec> specs, List<List<PowercapZone>> groups, ZoneKind kind, String name,
                          Provenance provenance, Uncertainty uncertainty, boolean inTotal) {
        List<PowercapZone> members = zones.stream().filter(z -> z.kind() == kind).toList();
        if (!members.isEmpty()) {
            specs.add(new ComponentSpec(name, provenance, uncertainty, inTotal,
                    members.stream().map(PowercapZone::partName).toList()));
            groups.add(members);
        }
    }
}
