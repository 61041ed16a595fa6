package org.greentrain.reduce.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The initial centres of a k-means run: k-means++ (each next seed drawn with probability proportional to its squared
 * distance to the nearest seed so far, Arthur and Vassilvitskii 2007), or distinct rows drawn uniformly. k-means++
 * measures every point against every seed anyway, so it also hands back each point's nearest seed and the distance to
 * its second-nearest, from which {@link KMeans} makes its first assignment and bounds without another full scan.
 */
final class KMeansSeeding {

    private static final int BLOCK = 512;

    /**
     * k-means++ seeds and what the seeding learnt on the way.
     *
     * @param seeds         the rows chosen, in the order chosen
     * @param nearestSeed   per point, the position in {@code seeds} of its nearest seed
     * @param secondNearest per point, the squared distance to its second-nearest seed (+∞ with one seed)
     */
    record PlusPlus(int[] seeds, int[] nearestSeed, float[] secondNearest) {
    }

    private final float[][] columns;
    private final int n;
    private final int[] nearestSeed;
    private final float[] nearest;
    private final float[] secondNearest;

    private KMeansSeeding(float[][] columns, int n) {
        this.columns = columns;
        this.n = n;
        this.nearestSeed = new int[n];
        this.nearest = new float[n];
        this.secondNearest = new float[n];
        Arrays.fill(nearest, Float.POSITIVE_INFINITY);
        Arrays.fill(secondNearest, Float.POSITIVE_INFINITY);
    }

    /**
     * k-means++ over {@code n} points given both column by column ({@code columns[j][i]}) and row by row; stops
     * early, with fewer seeds, when every point coincides with a chosen seed.
     */
    static PlusPlus plusPlus(float[][] columns, float[] rows, int n, int clusters, SplittableRandom rng) {
        return new KMeansSeeding(columns, n).choose(rows, clusters, rng);
    }

    /** {@code clusters} distinct rows of {@code n} drawn uniformly (partial Fisher–Yates). */
    static int[] randomRows(int n, int clusters, SplittableRandom rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < clusters; i++) {
            int j = i + rng.nextInt(n - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
        }
        return Arrays.copyOf(idx, clusters);
    }

    private PlusPlus choose(float[] rows, int clusters, SplittableRandom rng) {
        int d = columns.length;
        int[] chosen = new int[clusters];
        float[] q = new float[d];
        float[] dist = new float[n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[] blockSum = new double[blocks];
        chosen[0] = rng.nextInt(n);
        int count = 1;
        while (true) {
            System.arraycopy(rows, chosen[count - 1] * d, q, 0, d);
            double total = 0;
            for (int b = 0; b < blocks; b++) {
                int from = b * BLOCK;
                int to = Math.min(n, from + BLOCK);
                FloatKernels.squared(columns, q, from, to, dist);
                // the first seed changes every point; later seeds change few blocks, whose sums alone are redone
                if (track(dist, from, to, count - 1)) {
                    blockSum[b] = sum(nearest, from, to);
                }
                total += blockSum[b];
            }
            if (count == clusters || !(total > 0)) {
                break;
            }
            chosen[count++] = sample(blockSum, rng.nextDouble() * total);
        }
        return new PlusPlus(Arrays.copyOf(chosen, count), nearestSeed, secondNearest);
    }

    /** The point where the running sum of the squared distances first exceeds {@code target}. */
    private int sample(double[] blockSum, double target) {
        double acc = 0;
        for (int b = 0; b < blockSum.length; b++) {
            if (acc + blockSum[b] > target) {
                int to = Math.min(n, (b + 1) * BLOCK);
                for (int i = b * BLOCK; i < to; i++) {
                    acc += nearest[i];
                    if (acc > target && nearest[i] > 0) {
                        return i;
                    }
                }
                break;
            }
            acc += blockSum[b];
        }
        // rounding left the target at the very end: take the last point with positive weight
        for (int i = n - 1; i >= 0; i--) {
            if (nearest[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no point with positive weight");
    }

    /**
     * Folds the distances to seed {@code c} into the nearest and second-nearest distances of each point; returns
     * whether any nearest distance changed.
     */
    private boolean track(float[] candidate, int from, int to, int c) {
        boolean changed = false;
        for (int i = from; i < to; i++) {
            float v = candidate[i];
            if (v < secondNearest[i]) {
                if (v < nearest[i]) {
                    secondNearest[i] = nearest[i];
                    nearest[i] = v;
                    nearestSeed[i] = c;
                    changed = true;
                } else {
                    secondNearest[i] = v;
                }
            }
        }
        return changed;
    }

    /** Sum with four accumulators, so the adds do not wait on each other; fixed order, so deterministic. */
    private static double sum(float[] v, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += v[i];
            s1 += v[i + 1];
            s2 += v[i + 2];
            s3 += v[i + 3];
        }
        for (; i < to; i++) {
            s0 += v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
