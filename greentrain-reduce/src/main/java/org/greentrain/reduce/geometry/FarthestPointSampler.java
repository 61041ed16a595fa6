package org.greentrain.reduce.geometry;

import java.util.Arrays;

/**
 * Greedy farthest-point (max-min) ordering: start from one point, then repeatedly take the point whose distance to the
 * points taken so far is largest. The first k points form a k-point cover whose radius is within a factor 2 of the
 * best possible in the sampler's own norm, which is why MMS's ε is typically among the smallest (CLC's centroids or
 * DOM's ε-net can still beat it: ε is measured in L∞ and MMS picks in L2 by default).
 *
 * <p>Ties go to the smallest point index. Points are never taken twice, and once every remaining point is at distance
 * 0 (duplicates of taken points) the duplicates are taken in index order, so exactly {@code count} points come back.
 * Cost: {@code count × size} distance evaluations, in SIMD-friendly blocks, O(size) memory.
 */
public final class FarthestPointSampler {

    private static final int BLOCK = 512;

    private FarthestPointSampler() {
    }

    /**
     * The first {@code count} points of the farthest-point order of {@code points} starting at {@code start}.
     *
     * @throws IllegalArgumentException when {@code count} exceeds the number of points or {@code start} is out of range
     */
    public static int[] order(PointColumns points, int count, Norm norm, int start) {
        int n = points.size();
        if (count < 0 || count > n) {
            throw new IllegalArgumentException("cannot take " + count + " of " + n + " points");
        }
        if (count == 0) {
            return new int[0];
        }
        if (start < 0 || start >= n) {
            throw new IllegalArgumentException("start point " + start + " outside [0, " + n + ")");
        }
        double[] minRaw = new double[n];
        Arrays.fill(minRaw, Double.POSITIVE_INFINITY);
        double[] scratch = new double[n];
        double[] q = new double[points.dims()];
        int[] order = new int[count];
        int current = start;
        for (int t = 0; t < count; t++) {
            order[t] = current;
            minRaw[current] = -1; // taken: never the farthest again, not even among duplicates at distance 0
            if (t == count - 1) {
                break;
            }
            points.point(current, q);
            current = farthestAfterTaking(points, q, norm, minRaw, scratch);
        }
        return order;
    }

    /**
     * Lowers every distance to the taken points by the distance to {@code q} and returns the farthest point. A method
     * of its own, called once per pick, so the JIT compiles it fully after a few picks rather than re-optimising the
     * whole pick loop (which cost a cold run half its time).
     */
    private static int farthestAfterTaking(PointColumns points, double[] q, Norm norm, double[] minRaw,
            double[] scratch) {
        int n = minRaw.length;
        double best = Double.NEGATIVE_INFINITY;
        int bestIndex = -1;
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            points.rawDistances(q, norm, from, to, scratch);
            lowerInto(scratch, minRaw, from, to);
            int i = firstMax(minRaw, from, to);
            if (minRaw[i] > best) {
                best = minRaw[i];
                bestIndex = i;
            }
        }
        return bestIndex;
    }

    private static void lowerInto(double[] candidate, double[] minimum, int from, int to) {
        for (int i = from; i < to; i++) {
            minimum[i] = Math.min(minimum[i], candidate[i]);
        }
    }

    /** The smallest index in {@code [from, to)} holding the largest value. */
    private static int firstMax(double[] values, int from, int to) {
        int arg = from;
        double max = values[from];
        for (int i = from + 1; i < to; i++) {
            if (values[i] > max) {
                max = values[i];
                arg = i;
            }
        }
        return arg;
    }
}
