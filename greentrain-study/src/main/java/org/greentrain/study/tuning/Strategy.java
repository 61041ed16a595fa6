package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.greentrain.tune.sampler.GridSampler;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.sampler.gp.Acquisition;
import org.greentrain.tune.sampler.gp.GpSampler;

/**
 * A search strategy of the tuning study: the paper's three (spec §3.2), BO with expected improvement, and greentrain's
 * two energy-aware ones. Every
 * Bayesian strategy starts, as the paper's does, from a single initial point (a scrambled Sobol' point), then fits
 * greentrain's Gaussian process (Matérn-5/2 ARD on inputs scaled to the unit cube, kernel hyperparameters fitted);
 * the paper's surrogate was a fixed RBF kernel on unscaled inputs.
 */
public enum Strategy {

    /** The paper's partial grid: 5 levels per parameter, upper bound excluded, points drawn without replacement. */
    GRID("grid", "grid search (5 levels per parameter, upper bound excluded, drawn without replacement)"),
    /** Independent uniform draws. */
    RANDOM("random", "random search (uniform)"),
    /** Gaussian-process BO with the paper's probability of improvement (epsilon 1e-9). */
    BO("bo", "Bayesian optimisation, probability of improvement (epsilon 1e-9), as the paper"),
    /**
     * Gaussian-process BO with log expected improvement, what {@code greentrain tune} uses: PI exploits the incumbent
     * and can settle early, EI weighs how much a point may improve, not only how likely.
     */
    BO_EI("bo-ei", "Bayesian optimisation, log expected improvement (greentrain tune's default)"),
    /** Cost-aware BO: expected improvement per predicted joule (a second GP on log joules). */
    BO_COST("bo-cost", "cost-aware Bayesian optimisation: expected improvement per predicted joule"),
    /**
     * The paper's BO with asynchronous successive halving over epochs (the paper's r = 1, eta = 3 unless the design
     * says otherwise, {@link TuningDesign#asha()}).
     */
    BO_ASHA("bo-asha", "Bayesian optimisation (PI) with ASHA pruning over epochs (default r = 1, eta = 3)");

    /** Initial points of the Bayesian strategies before the surrogate takes over: one, as in the paper. */
    public static final int BO_INITIAL_POINTS = 1;

    private final String id;
    private final String description;

    Strategy(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used on the command line and in study names. */
    public String id() {
        return id;
    }

    /** One line saying what the strategy does. */
    public String description() {
        return description;
    }

    /** Whether this strategy is Bayesian optimisation. */
    public boolean bayesian() {
        return this == BO || this == BO_EI || this == BO_COST || this == BO_ASHA;
    }

    /** The sampler of one search with this seed. */
    public Sampler sampler(long seed) {
        switch (this) {
            case GRID:
                return new GridSampler(5, GridSampler.Mode.UPPER_EXCLUDED, seed, true);
            case RANDOM:
                return new RandomSampler(seed);
            case BO_EI:
                return new GpSampler(seed).withStartupTrials(BO_INITIAL_POINTS);
            case BO_COST:
                return new GpSampler(seed).withStartupTrials(BO_INITIAL_POINTS).withCostAware(true);
            default:
                return new GpSampler(seed).withStartupTrials(BO_INITIAL_POINTS).withAcquisition(
                        new Acquisition.ProbabilityOfImprovement(Acquisition.ProbabilityOfImprovement.PAPER_EPSILON));
        }
    }

    /**
     * Parses a comma-separated list such as {@code grid,random,bo}; {@code all} means every strategy.
     *
     * @throws IllegalArgumentException for an unknown or repeated name, listing the valid ones
     */
    public static List<Strategy> parseList(String text) {
        if (text.strip().equalsIgnoreCase("all")) {
            return List.of(values());
        }
        List<Strategy> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Strategy s = parse(part);
            if (out.contains(s)) {
                throw new IllegalArgumentException("strategy '" + s.id + "' is given twice in '" + text + "'");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /**
     * Parses one name.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static Strategy parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Strategy s : values()) {
            if (s.id.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + name.strip() + "': use "
                + String.join(", ", Arrays.stream(values()).map(Strategy::id).toList()) + " or all");
    }
}
