package org.greentrain.tune.sampler;

import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;

/**
 * Chooses the parameters of a new trial from the study's history. Implementations are stateless between calls: all
 * they know comes from the {@link SamplingContext}, so several workers sharing a storage behave as one sampler. A
 * seeded sampler derives the random stream of a trial from (seed, trial number), so the same seed and the same history
 * give the same suggestion.
 */
public interface Sampler {

    /**
     * Chooses values for the active parameters of trial {@code context.trialNumber()}.
     *
     * @throws SpaceExhaustedException when a finite space has no point left (grid)
     */
    Params sample(SamplingContext context);

    /**
     * Checks, before a study is written, that this sampler can serve {@code space}.
     *
     * @throws IllegalArgumentException saying why it cannot
     */
    default void checkSpace(SearchSpace space) {
    }

    /** A short description for logs and study attributes, for example {@code tpe(seed=1,startup=10)}. */
    String describe();
}
