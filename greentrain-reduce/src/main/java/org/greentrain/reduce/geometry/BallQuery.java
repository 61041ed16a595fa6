package org.greentrain.reduce.geometry;

import java.util.Arrays;

/**
 * Exact Euclidean ball queries ("every point within r of q", closed ball, indices ascending) over a fixed point set.
 * {@link #over(PointColumns)} picks the structure: a {@link KdTree} where trees prune well (at least 2^d points, so
 * that leaves split every coordinate), otherwise a SIMD scan of all points, which in high dimension beats a tree that
 * would visit nearly every leaf anyway.
 */
public interface BallQuery {

    /** Indices of the points within {@code radius} of {@code q}, ascending. */
    int[] within(double[] q, double radius);

    /** The better structure for {@code points}. */
    static BallQuery over(PointColumns points) {
        boolean treePays = points.dims() < 31 && points.size() >= (1L << points.dims());
        return treePays ? new KdTree(points) : new Scan(points);
    }

    /** A SIMD scan of all points; each thread reuses its own distance buffer. */
    final class Scan implements BallQuery {
        private final PointColumns points;
        private final ThreadLocal<double[]> buffer;

        /** A scan over {@code points}. */
        public Scan(PointColumns points) {
            this.points = points;
            this.buffer = ThreadLocal.withInitial(() -> new double[points.size()]);
        }

        @Override
        public int[] within(double[] q, double radius) {
            int n = points.size();
            double[] dist = buffer.get();
            points.rawDistances(q, Norm.L2, 0, n, dist);
            double r2 = radius * radius;
            int[] out = new int[16];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (dist[i] <= r2) {
                    if (count == out.length) {
                        out = Arrays.copyOf(out, 2 * count);
                    }
                    out[count++] = i;
                }
            }
            return Arrays.copyOf(out, count);
        }
    }
}
