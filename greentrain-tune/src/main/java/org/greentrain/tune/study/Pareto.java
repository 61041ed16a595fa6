package org.greentrain.tune.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pareto dominance, non-dominated sorting and the hypervolume indicator, on objective vectors already turned into
 * quantities to minimise ({@link Direction#toMinimized}).
 */
public final class Pareto {

    private Pareto() {
    }

    /** Whether {@code a} dominates {@code b}: no worse in every objective and better in at least one. */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            if (a[i] < b[i]) {
                better = true;
            }
        }
        return better;
    }

    /**
     * Non-dominated sorting: rank 0 for the Pareto front, 1 for the front once rank 0 is removed, and so on
     * (O(M N^2), Deb et al. 2002).
     */
    public static int[] ranks(double[][] points) {
        int n = points.length;
        int[] dominatedCount = new int[n];
        List<List<Integer>> dominates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dominates.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (dominates(points[i], points[j])) {
                    dominates.get(i).add(j);
                    dominatedCount[j]++;
                } else if (dominates(points[j], points[i])) {
                    dominates.get(j).add(i);
                    dominatedCount[i]++;
                }
            }
        }
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (dominatedCount[i] == 0) {
                current.add(i);
            }
        }
        int r = 0;
        while (!current.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int i : current) {
                rank[i] = r;
                for (int j : dominates.get(i)) {
                    if (--dominatedCount[j] == 0) {
                        next.add(j);
                    }
                }
            }
            current = next;
            r++;
        }
        return rank;
    }

    /** The objective vectors of COMPLETE trials, minimised, in trial order. */
    public static double[][] minimizedValues(List<FrozenTrial> trials, List<Goal> goals) {
        double[][] out = new double[trials.size()][];
        for (int i = 0; i < trials.size(); i++) {
            double[] v = new double[goals.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = goals.get(j).direction().toMinimized(trials.get(i).value(j));
            }
            out[i] = v;
        }
        return out;
    }

    /** The COMPLETE trials no other COMPLETE trial dominates (duplicates of a front point are all kept). */
    public static List<FrozenTrial> front(List<FrozenTrial> trials, List<Goal> goals) {
        List<FrozenTrial> complete = trials.stream().filter(FrozenTrial::isComplete).toList();
        int[] rank = ranks(minimizedValues(complete, goals));
        List<FrozenTrial> out = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            if (rank[i] == 0) {
                out.add(complete.get(i));
            }
        }
        return out;
    }

    /**
     * Exact hypervolume of 2-D minimised points with respect to {@code reference}: the area dominated by the points and
     * bounded by the reference point. Points not strictly better than the reference in both objectives add nothing.
     */
    public static double hypervolume2d(double[][] points, double[] reference) {
        if (reference.length != 2) {
            throw new IllegalArgumentException("2-D hypervolume needs a 2-D reference point, got " + reference.length
                    + " coordinates");
        }
        List<double[]> inside = new ArrayList<>();
        for (double[] p : points) {
            if (p.length != 2) {
                throw new IllegalArgumentException("2-D hypervolume needs 2-D points, got " + p.length);
            }
            if (p[0] < reference[0] && p[1] < reference[1]) {
                inside.add(p);
            }
        }
        inside.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double area = 0;
        double lastY = reference[1];
        for (double[] p : inside) {
            if (p[1] < lastY) {
                area += (reference[0] - p[0]) * (lastY - p[1]);
                lastY = p[1];
            }
        }
        return area;
    }

    /**
     * The default reference point, in minimised coordinates: per objective, the worst value among {@code points} plus
     * 10% of the objective's range (10% of its magnitude when the range is 0, or 1 when the value is 0 too).
     */
    public static double[] defaultReference(double[][] points) {
        int m = points[0].length;
        double[] ref = new double[m];
        for (int j = 0; j < m; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] p : points) {
                lo = Math.min(lo, p[j]);
                hi = Math.max(hi, p[j]);
            }
            double margin = hi > lo ? 0.1 * (hi - lo) : hi != 0 ? 0.1 * Math.abs(hi) : 1;
            ref[j] = hi + margin;
        }
        return ref;
    }
}
