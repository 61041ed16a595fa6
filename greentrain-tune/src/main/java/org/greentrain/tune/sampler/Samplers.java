package org.greentrain.tune.sampler;

import java.util.List;
import java.util.Locale;
import org.greentrain.tune.sampler.gp.Acquisition;
import org.greentrain.tune.sampler.gp.GpSampler;

/** Builds a sampler from a short name, for command lines and configuration files. */
public final class Samplers {

    /** The names {@link #byName} accepts. */
    public static final List<String> NAMES = List.of("random", "grid", "grid-paper", "sobol", "halton", "gp",
            "gp-ei", "gp-pi", "gp-pi-paper", "gp-ucb", "gp-cost", "tpe", "tpe-multivariate", "nsga2");

    private Samplers() {
    }

    /**
     * The sampler called {@code name} with default settings and {@code seed}: {@code random}; {@code grid} (5 inclusive
     * levels, shuffled); {@code grid-paper} (5 levels, upper bound excluded); {@code sobol} and {@code halton}
     * (scrambled); {@code gp} (log-EI), {@code gp-ei}, {@code gp-pi}, {@code gp-pi-paper} (PI with epsilon 1e-9),
     * {@code gp-ucb} (kappa 2), {@code gp-cost} (log-EI per predicted joule); {@code tpe}, {@code tpe-multivariate};
     * {@code nsga2} (population 50). Every one but {@code gp-cost} also serves several goals: the gp variants
     * through {@link ParEgoScalarization}, the tpe ones through {@code ParetoSplit} (as MOTPE).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Sampler byName(String name, long seed) {
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "random":
                return new RandomSampler(seed);
            case "grid":
                return new GridSampler(seed);
            case "grid-paper":
                return new GridSampler(5, GridSampler.Mode.UPPER_EXCLUDED, seed, true);
            case "sobol":
                return new QmcSampler(QmcSampler.Kind.SOBOL, true, seed);
            case "halton":
                return new QmcSampler(QmcSampler.Kind.HALTON, true, seed);
            case "gp":
                return new GpSampler(seed);
            case "gp-ei":
                return new GpSampler(seed).withAcquisition(new Acquisition.ExpectedImprovement());
            case "gp-pi":
                return new GpSampler(seed).withAcquisition(new Acquisition.ProbabilityOfImprovement(0));
            case "gp-pi-paper":
                return new GpSampler(seed).withAcquisition(new Acquisition.ProbabilityOfImprovement(
                        Acquisition.ProbabilityOfImprovement.PAPER_EPSILON));
            case "gp-ucb":
                return new GpSampler(seed).withAcquisition(new Acquisition.UpperConfidenceBound(2));
            case "gp-cost":
                return new GpSampler(seed).withCostAware(true);
            case "tpe":
                return new TpeSampler(seed);
            case "tpe-multivariate":
                return new TpeSampler(seed).withMultivariate(true);
            case "nsga2":
                return new Nsga2Sampler(seed);
            default:
                throw new IllegalArgumentException("unknown sampler '" + name + "': use one of "
                        + String.join(", ", NAMES));
        }
    }
}
