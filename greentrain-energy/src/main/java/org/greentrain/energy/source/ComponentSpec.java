package org.greentrain.energy.source;

import java.util.List;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.Uncertainty;

/**
 * The fixed description of one component that an {@link EnergyReader} reports, and of the parts it sums.
 *
 * @param name        component name, for example {@code cpu-package} or {@code gpu0}
 * @param provenance  how its joules are obtained
 * @param uncertainty the band around its joules
 * @param inTotal     whether it counts towards the measurement total
 * @param parts       the names of the counters summed into it, one per socket or device; never empty
 */
public record ComponentSpec(
        String name, Provenance provenance, Uncertainty uncertainty, boolean inTotal, List<String> parts) {

    public ComponentSpec {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("component " + name + " has no parts");
        }
    }

    /** A component made of a single part with the same name. */
    public static ComponentSpec single(String name, Provenance provenance, Uncertainty uncertainty, boolean inTotal) {
        return new ComponentSpec(name, provenance, uncertainty, inTotal, List.of(name));
    }
}
