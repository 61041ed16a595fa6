package org.greentrain.reduce.geometry;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The greedy ε-net in index order that DOM builds (spec §3.9): take the first point not yet covered, cover every point
 * within distance ε of it (closed ball), repeat. The centres form a dominating set of the ε-proximity graph, so every
 * point has a centre within ε, and any two centres are more than ε apart.
 *
 * <p>Each new centre scans only the points after it, in SIMD-friendly column loops; covered points are squeezed out
 * once they make up half of what is left, the first time into a private copy of the uncovered half (the points' own
 * columns are read, never written), later in place. Cost ≤ centres × size distance evaluations, O(size · dims / 2)
 * memory beyond the points.
 */
public final class EpsilonNet {

    private EpsilonNet() {
    }

    /** Indices of the centres, ascending, of the greedy ε-net of {@code points}. */
    public static int[] centres(PointColumns points, double epsilon, Norm norm) {
        return centres(points, epsilon, norm, new AtomicInteger(Integer.MAX_VALUE));
    }

    /**
     * Like {@link #centres(PointColumns, double, Norm)}, but each centre takes one unit of {@code budget}, which may be
     * shared by several nets built at once; returns null as soon as the budget runs out. DOM's bisection uses this to
     * abandon a radius that already keeps too many rows.
     */
    public static int[] centres(PointColumns points, double epsilon, Norm norm, AtomicInteger budget) {
        int n = points.size();
        double[][] cols = points.sharedColumns();
        boolean shared = true;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        boolean[] covered = new boolean[n];
        double rawEpsilon = norm.toRaw(epsilon);
        double[] dist = new double[n];
        double[] q = new double[cols.length];
        int[] out = new int[Math.max(1, Math.min(n, 64))];
        int centres = 0;
        int end = n;
        int pos = 0;
        int dead = 0;
        while (true) {
            while (pos < end && covered[pos]) {
                pos++;
            }
            if (pos == end) {
                break;
            }
            if (budget.decrementAndGet() < 0) {
                return null;
            }
            if (centres == out.length) {
                out = Arrays.copyOf(out, Math.min(n, out.length * 2));
            }
            out[centres++] = ids[pos];
            for (int j = 0; j < cols.length; j++) {
                q[j] = cols[j][pos];
            }
            Distances.raw(cols, q, norm, pos + 1, end, dist);
            for (int i = pos + 1; i < end; i++) {
                if (!covered[i] && dist[i] <= rawEpsilon) {
                    covered[i] = true;
                    dead++;
                }
            }
            pos++;
            if (2 * dead > end - pos) {
                double[][] into = shared ? new double[cols.length][uncovered(covered, pos, end)] : cols;
                end = squeeze(cols, into, ids, covered, pos, end);
                cols = into;
                shared = false;
                pos = 0;
                dead = 0;
            }
        }
        return Arrays.copyOf(out, centres);
    }

    private static int uncovered(boolean[] covered, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!covered[i]) {
                count++;
            }
        }
        return count;
    }

    /**
     * Writes the uncovered points of {@code [from, to)} of {@code cols} to the front of {@code into} (which may be
     * {@code cols} itself), in order; returns how many there are.
     */
    private static int squeeze(double[][] cols, double[][] into, int[] ids, boolean[] covered, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (!covered[i]) {
                ids[k++] = ids[i];
            }
        }
        for (int j = 0; j < cols.length; j++) {
            double[] col = cols[j];
            double[] out = into[j];
            int m = 0;
            for (int i = from; i < to; i++) {
                if (!covered[i]) {
                    out[m++] = col[i];
                }
            }
        }
        Arrays.fill(covered, 0, k, false);
        return k;
    }
}
