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
     * The pruner {@code spec} names, {@code NAME} or {@code NAME:key=value,...}: {@code none}; {@code median}
     * (startup = 5 complete trials, warmup = 0 steps, min-trials = 1); {@code asha} (min-resource = 1, eta = 3,
     * s = 0); {@code hyperband} (min-resource = 1, max-resource = {@code maxSteps}, eta = 3); {@code pareto}
     * (warmup = 0, min-peers = 4, fraction = 0.5 of them dominating).
     *
     * @param maxSteps the last step a trial reports (epochs), hyperband's default max-resource; 0 when unknown
     * @throws IllegalArgumentException for an unknown name or setting, or a value out of range, with what is valid
     */
    public static Pruner byName(String spec, long maxSteps) {
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String text = colon < 0 ? "" : spec.substring(colon + 1);
        switch (name) {
            case "none":
                PrunerSettings.parse(name, text, List.of());
                return Pruner.none();
            case "median": {
                PrunerSettings s = PrunerSettings.parse(name, text, List.of("startup", "warmup", "min-trials"));
                return new MedianPruner(s.small("startup", 5), s.whole("warmup", 0), s.small("min-trials", 1));
            }
            case "asha":
                return asha(text);
            case "hyperband": {
                PrunerSettings s = PrunerSettings.parse(name, text, List.of("min-resource", "max-resource", "eta"));
                long maxResource = s.whole("max-resource", maxSteps);
                if (maxResource < 1) {
                    throw new IllegalArgumentException("hyperband needs max-resource=N, the last step a trial reports");
                }
                return new HyperbandPruner(s.whole("min-resource", 1), maxResource, s.small("eta", 3));
            }
            case "pareto": {
                PrunerSettings s = PrunerSettings.parse(name, text, List.of("warmup", "min-peers", "fraction"));
                return new ParetoPruner(s.whole("warmup", 0), s.small("min-peers", 4), s.number("fraction", 0.5));
            }
            default:
                throw new IllegalArgumentException("unknown pruner '" + name + "': use one of "
                        + String.join(", ", NAMES));
        }
    }

    /**
     * ASHA with the settings in {@code text} ({@code min-resource=R,eta=E,s=S}, any of them, empty for the defaults
     * 1, 3 and 0).
     *
     * @throws IllegalArgumentException for an unknown setting or a value out of range
     */
    public static SuccessiveHalvingPruner asha(String text) {
        PrunerSettings s = PrunerSettings.parse("asha", text, List.of("min-resource", "eta", "s"));
        return new SuccessiveHalvingPruner(s.whole("min-resource", 1), s.small("eta", 3), s.small("s", 0));
    }
}
