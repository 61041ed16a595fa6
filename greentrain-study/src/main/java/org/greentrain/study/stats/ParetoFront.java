package org.greentrain.study.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The trade-off points of energy (lower is better) against accuracy (higher is better): those that no other point
 * dominates, that is beats on one without losing on the other. The one front of every study's report (tuning rounds,
 * reduction cells, architecture runs and cells), so that they all agree on it. Equal points are all on the front, as
 * neither dominates the other: to dominate, a point must be strictly better on at least one of the two.
 *
 * <p>Two objectives need no pairwise comparison: one sweep by increasing energy keeps a point when it is more accurate
 * than every cheaper point, in O(n log n) time and O(n) memory.
 */
public final class ParetoFront {

    private ParetoFront() {
    }

    /** The non-dominated {@code points}, by increasing energy (equal points in input order). */
    public static <T> List<T> of(List<T> points, ToDoubleFunction<T> energy, ToDoubleFunction<T> accuracy) {
        double[] e = points.stream().mapToDouble(energy).toArray();
        double[] a = points.stream().mapToDouble(accuracy).toArray();
        return indices(e, a).stream().map(points::get).toList();
    }

    /** The indices of the non-dominated points, by increasing energy (equal points in input order). */
    public static List<Integer> indices(double[] energy, double[] accuracy) {
        int n = energy.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(energy[a], energy[b]);
            return c != 0 ? c : Double.compare(accuracy[b], accuracy[a]);
        });
        List<Integer> front = new ArrayList<>();
        double bestCheaper = Double.NEGATIVE_INFINITY;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && energy[order[end]] == energy[order[start]]) {
                end++;
            }
            double top = accuracy[order[start]];
            if (top > bestCheaper) {
                for (int k = start; k < end && accuracy[order[k]] == top; k++) {
                    front.add(order[k]);
                }
                bestCheaper = top;
            }
            start = end;
        }
        return front;
    }
}
