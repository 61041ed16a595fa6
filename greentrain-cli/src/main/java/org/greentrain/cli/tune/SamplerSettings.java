package org.greentrain.cli.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.sampler.Samplers;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.Goal;

/**
 * A sampler by name and seed, as the CLI stores it with a study (attributes {@value #NAME_ATTR} and
 * {@value #SEED_ATTR}) so that a later {@code ask}, {@code tell} or {@code tune} without {@code --sampler} rebuilds
 * the same sampler. Samplers are pure functions of the stored history and the seed, so the rebuilt sampler sees every
 * result told so far.
 *
 * @param name a name {@link Samplers#byName} accepts, or {@code bo} (Bayesian optimisation, the same as {@code gp})
 * @param seed the seed
 */
public record SamplerSettings(String name, long seed) {

    /** Study attribute holding the sampler's name. */
    public static final String NAME_ATTR = "sampler.name";
    /** Study attribute holding the sampler's seed. */
    public static final String SEED_ATTR = "sampler.seed";

    /**
     * Samplers that cannot serve several goals: cost-aware BO scores one goal per predicted joule, which has no
     * meaning for a trade-off in which energy may itself be a goal. Every other sampler handles several goals (bo by
     * ParEGO's random scalarisation, tpe by MOTPE's Pareto split, nsga2 natively; random, grid, sobol and halton ignore the values).
     */
    private static final List<String> SINGLE_GOAL_ONLY = List.of("gp-cost");

    /**
     * Checks the name.
     *
     * @throws UsageException for an unknown name, listing the known ones
     */
    public SamplerSettings {
        name = name.strip().toLowerCase(Locale.ROOT);
        try {
            Samplers.byName(libraryName(name), seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown sampler '" + name + "': use one of " + String.join(", ", names()));
        }
    }

    /** Every name the CLI accepts. */
    public static List<String> names() {
        List<String> all = new ArrayList<>();
        all.add("bo");
        all.addAll(Samplers.NAMES);
        return all;
    }

    /**
     * The default: Bayesian optimisation, for one goal or several (by ParEGO). Training runs are costly, so studies
     * are tens of trials, where BO leads: on ZDT1 at 50 trials its hypervolume beat Optuna's multi-objective TPE on
     * every seed, while NSGA-II is still in its random first generation (docs/performance.md).
     */
    public static final String DEFAULT_NAME = "bo";

    /**
     * The settings to use: each of name and seed as given, else as stored with the study, else the default
     * ({@link #DEFAULT_NAME}, seed 0).
     *
     * @throws UsageException when the sampler cannot serve these goals
     */
    public static SamplerSettings resolve(String givenName, Long givenSeed, Optional<StudyRecord> stored,
                                          List<Goal> goals) {
        String name = givenName != null ? givenName
                : stored.map(r -> r.attrs().get(NAME_ATTR)).orElse(DEFAULT_NAME);
        long seed = givenSeed != null ? givenSeed
                : stored.map(r -> r.attrs().get(SEED_ATTR)).map(Long::parseLong).orElse(0L);
        SamplerSettings s = new SamplerSettings(name, seed);
        if (goals.size() > 1 && SINGLE_GOAL_ONLY.contains(s.name())) {
            throw new UsageException("sampler '" + s.name() + "' optimises one objective per joule; use bo, tpe "
                    + "or nsga2 for " + Goal.canonical(goals));
        }
        return s;
    }

    /** The sampler. */
    public Sampler build() {
        return Samplers.byName(libraryName(name), seed);
    }

    /** Records these settings with the study, for the next command that samples it. */
    public void store(Storage storage, long studyId) {
        storage.setStudyAttr(studyId, NAME_ATTR, name);
        storage.setStudyAttr(studyId, SEED_ATTR, Long.toString(seed));
    }

    private static String libraryName(String name) {
        return name.equals("bo") ? "gp" : name;
    }
}
