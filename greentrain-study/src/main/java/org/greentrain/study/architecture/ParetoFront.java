package org.greentrain.study.architecture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The trade-off points of energy (lower is better) against accuracy (higher is better): those that no other point
 * beats on one without losing on the other. Two objectives need no pairwise comparison: one sweep by increasing
 * energy keeps a point when it is more accurate than every cheaper point, in O(n log n) time and O(n) memory. Equal
 * points are all kept.
 */
final class ParetoFront {

    private ParetoFront() {
    }

    /** The indices of the non-dominated points, by increasing energy (equal points in input order). */
    static List<Integer> indices(double[] energy, double[] accuracy) {
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
