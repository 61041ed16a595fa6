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

    /**
     * The neighbourhoods of the set's own points {@code [from, to)}: element {@code i - from} holds the indices within
     * {@code radius} of point i (itself included), ascending, as {@link #within} would.
     */
    default int[][] withinEach(int from, int to, double radius) {
        int[][] out = new int[to - from][];
        for (int i = from; i < to; i++) {
            out[i - from] = within(point(i), radius);
        }
        return out;
    }

    /** Coordinates of point {@code i} of the set. */
    double[] point(int i);

    /** The better structure for {@code points}. */
    static BallQuery over(PointColumns points) {
        boolean treePays = points.dims() < 31 && points.size() >= (1L << points.dims());
        return treePays ? new KdTree(points) : new Scan(points);
    }

    /**
     * A SIMD scan of all points; each thread reuses its own distance buffers. On wide data the neighbourhoods of the
     * set's own points are found several queries at a time: the points are walked in short runs that stay in cache
     * while every query of the group measures them, so the coordinates (MNIST's 784 columns) are read from memory once
     * per group, not per query (PHL's neighbourhoods on MNIST: 37-43 s -> 26-28 s).
     */
    final class Scan implements BallQuery {
        /** Queries measured against each run of points. */
        private static final int QUERIES = 16;
        /**
         * Dimensions from which queries are grouped: the grouping is for rows too wide to stay in cache. Narrower data
         * keeps one query per pass, whose pass over a few columns is short already.
         */
        private static final int WIDE = 64;
        /** Bytes of coordinates per run of points: within a core's L2 cache (167 rows of MNIST's 784 doubles). */
        private static final int RUN_BYTES = 1 << 20;

        private final PointColumns points;
        private final ThreadLocal<double[][]> buffers;

        /** A scan over {@code points}. */
        public Scan(PointColumns points) {
            this.points = points;
            int buffersPerThread = points.dims() < WIDE ? 1 : QUERIES;
            this.buffers = ThreadLocal.withInitial(() -> new double[buffersPerThread][points.size()]);
        }

        @Override
        public int[] within(double[] q, double radius) {
            double[] dist = buffers.get()[0];
            points.rawDistances(q, Norm.L2, 0, points.size(), dist);
            return inside(dist, radius);
        }

        @Override
        public int[][] withinEach(int from, int to, double radius) {
            if (points.dims() < WIDE) {
                return BallQuery.super.withinEach(from, to, radius);
            }
            int n = points.size();
            double[][] dist = buffers.get();
            int run = Math.max(64, RUN_BYTES / (Double.BYTES * points.dims()));
            int[][] out = new int[to - from][];
            for (int first = from; first < to; first += QUERIES) {
                int count = Math.min(QUERIES, to - first);
                double[][] queries = new double[count][];
                for (int b = 0; b < count; b++) {
                    queries[b] = point(first + b);
                }
                for (int start = 0; start < n; start += run) {
                    int end = Math.min(n, start + run);
                    for (int b = 0; b < count; b++) {
                        points.rawDistances(queries[b], Norm.L2, start, end, dist[b]);
                    }
                }
                for (int b = 0; b < count; b++) {
                    out[first + b - from] = inside(dist[b], radius);
                }
            }
            return out;
        }

        @Override
        public double[] point(int i) {
            return points.point(i, new double[points.dims()]);
        }

        /** The indices whose squared distance is at most radius². */
        private int[] inside(double[] dist, double radius) {
            double r2 = radius * radius;
            int[] out = new int[16];
            int count = 0;
            for (int i = 0; i < points.size(); i++) {
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
