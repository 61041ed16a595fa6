package org.greentrain.train.model;

/** Derives independent, well-spread seeds from a base seed and a position (the SplitMix64 finaliser). */
public final class Seeds {

    private Seeds() {
    }

    /** A seed for stream {@code position} of {@code seed}; distinct positions give unrelated seeds. */
    public static long mix(long seed, long position) {
        long z = seed + 0x9E3779B97F4A7C15L * (position + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
