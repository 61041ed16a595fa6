package org.greentrain.tune.pruner;

import java.util.List;
import java.util.Locale;

/** Builds a pruner from a short name, for command lines and configuration files. */
public final class Pruners {

    /** The names {@link #byName} accepts. */
    public static final List<String> NAMES = List.of("none", "median", "asha", "hyperband", "pareto");

    private Pruners() {
    }

    /**
     * The pruner called {@code name} with default settings: {@code none}; {@code median} (5 start-up trials);
     * {@code asha} (r = 1, eta = 3); {@code hyperband} (r = 1, R = {@code maxSteps}, eta = 3); {@code pareto} (4 peers,
     * half dominating).
     *
     * @param maxSteps the last step a trial reports (epochs), used by hyperband
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Pruner byName(String name, long maxSteps) {
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "none":
                return Pruner.none();
            case "median":
                return new MedianPruner();
            case "asha":
                return new SuccessiveHalvingPruner();
            case "hyperband":
                return new HyperbandPruner(1, Math.max(1, maxSteps), 3);
            case "pareto":
                return new ParetoPruner();
            default:
                throw new IllegalArgumentException("unknown pruner '" + name + "': use one of "
                        + String.join(", ", NAMES));
        }
    }
}
