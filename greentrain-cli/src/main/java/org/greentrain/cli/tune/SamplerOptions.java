package org.greentrain.cli.tune;

import java.util.List;
import java.util.Optional;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.Goal;
import picocli.CommandLine.Option;

/** {@code --sampler} and {@code --seed}; either falls back to what the study stored, then to the default. */
public final class SamplerOptions {

    @Option(names = "--sampler", paramLabel = "NAME",
            description = "bo (Gaussian-process Bayesian optimisation, log-EI), grid, random, sobol, halton, tpe, "
                    + "nsga2, or a variant: gp-ei, gp-pi, gp-ucb, gp-cost (EI per joule, one objective only), "
                    + "tpe-multivariate, grid-paper. With several objectives bo uses ParEGO's random scalarisation (new "
                    + "weights per trial) and tpe MOTPE's split by Pareto rank and hypervolume. Default: the study's stored sampler, else bo; nsga2 "
                    + "pays off from a few hundred trials.")
    String sampler;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the sampler (default: the study's stored seed, else 0).")
    Long seed;

    /** Checks the name, and that it fits the goals if they were given, before any storage is opened. */
    public void check(Optional<List<Goal>> givenGoals) {
        if (sampler != null) {
            SamplerSettings.resolve(sampler, 0L, Optional.empty(), givenGoals.orElse(Goal.single(Direction.MINIMIZE)));
        }
    }

    /** The settings to use for a study; see {@link SamplerSettings#resolve}. */
    public SamplerSettings resolve(Optional<StudyRecord> stored, List<Goal> goals) {
        return SamplerSettings.resolve(sampler, seed, stored, goals);
    }
}
