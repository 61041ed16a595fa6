package org.greentrain.tune.sampler;

import java.util.SplittableRandom;
import org.greentrain.tune.space.Params;

/** Independent uniform sampling: uniform for linear parameters, log-uniform for log ones, uniform choice for categoricals. */
public final class RandomSampler implements Sampler {

    private final long seed;

    public RandomSampler(long seed) {
        this.seed = seed;
    }

    @Override
    public Params sample(SamplingContext context) {
        SplittableRandom rng = context.random(seed);
        return context.space().sample(rng::nextDouble);
    }

    @Override
    public String describe() {
        return "random(seed=" + seed + ")";
    }
}
