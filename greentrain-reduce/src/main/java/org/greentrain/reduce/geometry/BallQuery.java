package org.greentrain.reduce.geometry;

import java.util.Arrays;
import org.greentrain.reduce.support.IndexSort;

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
     *
     * <p>Wide data also keep a copy of the points in ascending order of their norms. A point x within r of q has
     * |‖x‖ − ‖q‖| ≤ r, so a query whose norm window holds few points measures only those, one query at a time; a
     * margin far above the rounding of the norms keeps the answers exact (MNIST at PHL's default r = 0.05: every
     * window nearly empty).
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
        /** Relative margin of the norm window: norms and distances are exact to about 1e-13 relative. */
        private static final double NORM_SLACK = 1e-9;

        private final PointColumns points;
        private final ThreadLocal<double[][]> buffers;
        /** Wide data only (else null): the points by ascending norm, which point each is, and the norms. */
        private final PointColumns byNorm;
        private final int[] original;
        private final double[] norms;

        /** A scan over {@code points}. */
        public Scan(PointColumns points) {
            this.points = points;
            boolean wide = points.dims() >= WIDE;
            int buffersPerThread = wide ? QUERIES : 1;
            this.buffers = ThreadLocal.withInitial(() -> new double[buffersPerThread][points.size()]);
            if (wide) {
                double[] norm = new double[points.size()];
                double[] origin = new double[points.dims()];
                for (int i = 0; i < norm.length; i++) {
                    norm[i] = Math.sqrt(points.rawDistance(origin, Norm.L2, i));
                }
                this.original = IndexSort.ascending(norm);
                this.norms = new double[norm.length];
                for (int p = 0; p < norm.length; p++) {
                    norms[p] = norm[original[p]];
                }
                this.byNorm = points.reordered(original);
            } else {
                this.byNorm = null;
                this.original = null;
                this.norms = null;
            }
        }

        @Override
        public int[] within(double[] q, double radius) {
            int[] window = window(q, radius);
            if (window != null) {
                return withinWindow(q, radius, window);
            }
            double[] dist = buffers.get()[0];
            points.rawDistances(q, Norm.L2, 0, points.size(), dist);
            return inside(dist, radius);
        }

        @Override
        public int[][] withinEach(int from, int to, double radius) {
            if (points.dims() < WIDE) {
                return BallQuery.super.withinEach(from, to, radius);
            }
            int[][] out = new int[to - from][];
            int[] grouped = new int[to - from];
            int count = 0;
            for (int i = from; i < to; i++) {
                double[] q = point(i);
                int[] window = window(q, radius);
                if (window != null) {
                    out[i - from] = withinWindow(q, radius, window);
                } else {
                    grouped[count++] = i;
                }
            }
            for (int first = 0; first < count; first += QUERIES) {
                int[] group = Arrays.copyOfRange(grouped, first, Math.min(count, first + QUERIES));
                int[][] found = withinTogether(group, radius);
                for (int b = 0; b < group.length; b++) {
                    out[group[b] - from] = found[b];
                }
            }
            return out;
        }

        /** The neighbourhoods of the set's points {@code queries}, all measured against each run of points. */
        private int[][] withinTogether(int[] queries, double radius) {
            int n = points.size();
            double[][] dist = buffers.get();
            int run = Math.max(64, RUN_BYTES / (Double.BYTES * points.dims()));
            double[][] q = new double[queries.length][];
            for (int b = 0; b < queries.length; b++) {
                q[b] = point(queries[b]);
            }
            for (int start = 0; start < n; start += run) {
                int end = Math.min(n, start + run);
                for (int b = 0; b < queries.length; b++) {
                    points.rawDistances(q[b], Norm.L2, start, end, dist[b]);
                }
            }
            int[][] out = new int[queries.length][];
            for (int b = 0; b < queries.length; b++) {
                out[b] = inside(dist[b], radius);
            }
            return out;
        }

        /**
         * The positions {@code [lo, hi)} in {@link #byNorm} of the points whose norm is within {@code radius} (and the
         * margin) of q's, or null when there is no such copy or the window holds too many points to pay.
         */
        private int[] window(double[] q, double radius) {
            if (norms == null || norms.length == 0) {
                return null;
            }
            double s = 0;
            for (double v : q) {
                s += v * v;
            }
            double qn = Math.sqrt(s);
            double reach = radius + NORM_SLACK * (norms[norms.length - 1] + qn + radius + 1);
            int lo = firstAtLeast(qn - reach);
            int hi = firstAtLeast(Math.nextUp(qn + reach));
            return hi - lo > norms.length / QUERIES ? null : new int[] {lo, hi};
        }

        /** The first position whose norm is at least {@code value} ({@code norms.length} if none). */
        private int firstAtLeast(double value) {
            int lo = 0;
            int hi = norms.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (norms[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The points within {@code radius} of q among the norm window {@code [lo, hi)}, as indices ascending. */
        private int[] withinWindow(double[] q, double radius, int[] window) {
            double[] dist = buffers.get()[0];
            byNorm.rawDistances(q, Norm.L2, window[0], window[1], dist);
            double r2 = radius * radius;
            int[] out = new int[window[1] - window[0]];
            int count = 0;
            for (int p = window[0]; p < window[1]; p++) {
                if (dist[p] <= r2) {
                    out[count++] = original[p];
                }
            }
            int[] found = Arrays.copyOf(out, count);
            Arrays.sort(found);
            return found;
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
