package org.greentrain.reduce.support;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from one user seed, so that work split by class or by restart
 * (and run on any number of threads) makes the same choices for the same seed.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A seed for sub-stream {@code stream} of {@code seed} (SplitMix64 finaliser over both). */
    public static long derive(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A generator for sub-stream {@code stream} of {@code seed}. */
    public static SplittableRandom random(long seed, long stream) {
        return new SplittableRandom(derive(seed, stream));
    }

    /** Shuffles {@code values} in place (Fisher–Yates). */
    public static void shuffle(int[] values, SplittableRandom rng) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
