package org.greentrain.tune.sampler;

import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from a sampler seed and a trial number. */
public final class Seeds {

    private Seeds() {
    }

    /** A stream that depends only on {@code seed} and {@code trialNumber}. */
    public static SplittableRandom forTrial(long seed, int trialNumber) {
        return new SplittableRandom(mix(seed ^ mix(0x9E3779B97F4A7C15L * (trialNumber + 1L))));
    }

    /** The SplitMix64 finaliser: spreads nearby inputs over all 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
