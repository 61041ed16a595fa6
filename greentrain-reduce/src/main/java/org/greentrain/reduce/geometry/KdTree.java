package org.greentrain.reduce.geometry;

import java.util.Arrays;

/**
 * A k-d tree over a fixed point set for exact Euclidean ball queries ("every point within r of q"), built once in
 * O(n log n) and queried in roughly O(log n + answer) for small radii in low intrinsic dimension. PHL asks one such
 * query per point; the original rebuilt a tree per point.
 *
 * <p>Nodes split the widest coordinate of their bounding box at the median; leaves hold up to 16 points; each node
 * keeps its bounding box so that a query skips any box farther than r.
 */
public final class KdTree implements BallQuery {

    private static final int LEAF = 16;

    private final PointColumns points;
    private final int[] order;
    private final int dims;
    private int[] from;
    private int[] to;
    private int[] left;
    private int[] right;
    private double[] lo;
    private double[] hi;
    private int nodes;

    /** Builds the tree over every point of {@code points}. */
    public KdTree(PointColumns points) {
        this.points = points;
        this.dims = points.dims();
        int n = points.size();
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int capacity = Math.max(1, 4 * (n / LEAF + 1));
        from = new int[capacity];
        to = new int[capacity];
        left = new int[capacity];
        right = new int[capacity];
        lo = new double[capacity * dims];
        hi = new double[capacity * dims];
        if (n > 0) {
            build(0, n);
        }
    }

    @Override
    public double[] point(int i) {
        return points.point(i, new double[points.dims()]);
    }

    /**
     * Indices of the points within Euclidean distance {@code radius} of {@code q} (closed ball), ascending.
     */
    @Override
    public int[] within(double[] q, double radius) {
        if (nodes == 0) {
            return new int[0];
        }
        double r2 = radius * radius;
        int[] out = new int[16];
        int count = 0;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (boxDistance2(node, q) > r2) {
                continue;
            }
            if (left[node] < 0) {
                for (int p = from[node]; p < to[node]; p++) {
                    int i = order[p];
                    if (points.rawDistance(q, Norm.L2, i) <= r2) {
                        if (count == out.length) {
                            out = Arrays.copyOf(out, 2 * count);
                        }
                        out[count++] = i;
                    }
                }
            } else {
                if (top + 2 > stack.length) {
                    stack = Arrays.copyOf(stack, 2 * stack.length);
                }
                stack[top++] = left[node];
                stack[top++] = right[node];
            }
        }
        int[] result = Arrays.copyOf(out, count);
        Arrays.sort(result);
        return result;
    }

    private int build(int start, int end) {
        int node = nodes++;
        ensure(nodes);
        from[node] = start;
        to[node] = end;
        int widest = 0;
        double widestRange = -1;
        for (int j = 0; j < dims; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int p = start; p < end; p++) {
                double v = points.get(order[p], j);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            lo[node * dims + j] = min;
            hi[node * dims + j] = max;
            if (max - min > widestRange) {
                widestRange = max - min;
                widest = j;
            }
        }
        left[node] = -1;
        right[node] = -1;
        if (end - start > LEAF && widestRange > 0) {
            int mid = (start + end) >>> 1;
            select(start, end - 1, mid, widest);
            int l = build(start, mid);
            int r = build(mid, end);
            left[node] = l;
            right[node] = r;
        }
        return node;
    }

    private void ensure(int size) {
        if (size > from.length) {
            int capacity = Math.max(size, from.length * 2);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            lo = Arrays.copyOf(lo, capacity * dims);
            hi = Arrays.copyOf(hi, capacity * dims);
        }
    }

    /** Quickselect on {@code order[lo..hi]} so that position {@code k} holds the k-th smallest in coordinate j. */
    private void select(int lower, int upper, int k, int j) {
        while (lower < upper) {
            double pivot = points.get(order[(lower + upper) >>> 1], j);
            int i = lower;
            int r = upper;
            while (i <= r) {
                while (points.get(order[i], j) < pivot) {
                    i++;
                }
                while (points.get(order[r], j) > pivot) {
                    r--;
                }
                if (i <= r) {
                    int t = order[i];
                    order[i] = order[r];
                    order[r] = t;
                    i++;
                    r--;
                }
            }
            if (k <= r) {
                upper = r;
            } else if (k >= i) {
                lower = i;
            } else {
                return;
            }
        }
    }

    private double boxDistance2(int node, double[] q) {
        double s = 0;
        int base = node * dims;
        for (int j = 0; j < dims; j++) {
            double v = q[j];
            double t = v < lo[base + j] ? lo[base + j] - v : v > hi[base + j] ? v - hi[base + j] : 0;
            s += t * t;
        }
        return s;
    }
}
