package org.greentrain.reduce.geometry;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How far apart points are, as a radius: for a seeded sample of points, the Euclidean distance to their k-th nearest
 * other point. Methods whose parameter is a radius (PHL's r) use it to suggest a value when the one given leaves the
 * neighbourhoods empty or crowded. Cost: {@code samples × size} distances, O(size) memory.
 */
public final class NeighbourRadius {

    private NeighbourRadius() {
    }

    /**
     * The distances from up to {@code samples} points of {@code points}, drawn without replacement, to their
     * {@code k}-th nearest other point (duplicates count, at distance 0); empty when there are no more than {@code k}
     * points.
     */
    public static double[] kthNearest(PointColumns points, int k, int samples, SplittableRandom rng) {
        int n = points.size();
        if (k < 1 || n <= k) {
            return new double[0];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int count = Math.min(samples, n);
        double[] q = new double[points.dims()];
        double[] raw = new double[n];
        double[] out = new double[count];
        double[] nearest = new double[k];
        for (int s = 0; s < count; s++) {
            int pick = s + rng.nextInt(n - s);
            int i = order[pick];
            order[pick] = order[s];
            order[s] = i;
            points.rawDistances(points.point(i, q), Norm.L2, 0, n, raw);
            raw[i] = Double.POSITIVE_INFINITY; // not its own neighbour
            out[s] = Norm.L2.fromRaw(kthSmallest(raw, k, nearest));
        }
        return out;
    }

    /** The k-th smallest value, keeping the k smallest so far in {@code nearest} (ascending): O(n·k), k small. */
    private static double kthSmallest(double[] values, int k, double[] nearest) {
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (double v : values) {
            if (v < nearest[k - 1]) {
                int j = k - 1;
                while (j > 0 && nearest[j - 1] > v) {
                    nearest[j] = nearest[j - 1];
                    j--;
                }
                nearest[j] = v;
            }
        }
        return nearest[k - 1];
    }
}
