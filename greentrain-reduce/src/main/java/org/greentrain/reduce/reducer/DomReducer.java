package org.greentrain.reduce.reducer;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.geometry.EpsilonNet;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.geometry.PointColumns;

/**
 * DOM, dominating-dataset selection (spec §3.9): per class, the greedy ε-net in row order ({@link EpsilonNet}), so the
 * result is ε-representative by construction in the chosen norm. With {@code epsilon=auto} one ε for all classes is
 * found by bisection on {@code [0, epsilonMax]} until the kept fraction is within {@code tolerance} of the keep
 * fraction.
 *
 * <p>The size is therefore approximate, unlike the other methods. Deviations, documented: the bisection returns the
 * tried ε whose kept fraction is closest to the asked one (a note says so when the tolerance was not met); the default
 * upper end is the largest class diameter (bounding-box diagonal), which always keeps one row per class, instead of
 * the original fixed 1; a user-given {@code epsilonMax} that already keeps too many rows is refused, as in the
 * original. Balls are closed (distance ≤ ε). A trial radius is abandoned as soon as the nets of all classes together
 * exceed the tolerated size (the bisection then only needs to know "too many"), which keeps the cost of the small,
 * expensive radii bounded. Classes run in parallel.
 */
public final class DomReducer extends BaseReducer {

    private final DomParams params;

    public DomReducer(DomParams params) {
        super("dom");
        this.params = params;
    }

    @Override
    public DomParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        int classes = data.numClasses();
        PointColumns[] points = new PointColumns[classes];
        int[][] rows = new int[classes][];
        for (int c = 0; c < classes; c++) {
            rows[c] = data.indicesOfClass(c);
            points[c] = PointColumns.of(data, rows[c]);
        }
        Selection selection = new Selection(data.cols());
        Norm norm = params.norm();
        int n = data.rows();
        Trial chosen;
        if (params.epsilon() != null) {
            chosen = trial(points, params.epsilon(), norm, n, Integer.MAX_VALUE);
            selection.note("dom: epsilon fixed at " + params.epsilon() + "; the keep fraction is not used, "
                    + percent(chosen.fraction()) + " of rows kept");
        } else {
            chosen = bisect(points, keepFraction, n, selection);
        }
        for (int c = 0; c < classes; c++) {
            for (int i : chosen.centres().get(c)) {
                selection.addRow(rows[c][i]);
            }
        }
        return selection;
    }

    private Trial bisect(PointColumns[] points, double keepFraction, int n, Selection selection) {
        Norm norm = params.norm();
        double hi;
        if (params.epsilonMax() == null) {
            hi = 0;
            for (PointColumns p : points) {
                hi = Math.max(hi, diameterBound(p, norm));
            }
        } else {
            hi = params.epsilonMax();
            Trial top = trial(points, hi, norm, n, Integer.MAX_VALUE);
            if (top.fraction() > keepFraction + params.tolerance()) {
                throw new IllegalArgumentException("dom: epsilonMax=" + hi + " already keeps " + percent(top.fraction())
                        + " of rows, more than the " + percent(keepFraction) + " asked; raise epsilonMax or use auto");
            }
        }
        double lo = 0;
        Trial best = null;
        int budget = (int) Math.min(n, Math.floor((keepFraction + params.tolerance()) * n));
        for (int step = 0; step < params.iterations(); step++) {
            double mid = (lo + hi) / 2;
            Trial t = trial(points, mid, norm, n, budget);
            if (t == null) {
                lo = mid; // abandoned: already more rows than the tolerance allows
                continue;
            }
            if (best == null || Math.abs(t.fraction() - keepFraction) < Math.abs(best.fraction() - keepFraction)) {
                best = t;
            }
            if (Math.abs(t.fraction() - keepFraction) <= params.tolerance()) {
                break;
            }
            if (t.fraction() > keepFraction) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (best == null) {
            best = trial(points, hi, norm, n, Integer.MAX_VALUE);
        }
        String outcome = Math.abs(best.fraction() - keepFraction) <= params.tolerance() ? ""
                : "; the tolerance " + params.tolerance() + " was not met in " + params.iterations()
                + " steps, so this is the closest epsilon tried";
        selection.note("dom: epsilon = " + best.epsilon() + " (" + norm.id() + ") keeps " + percent(best.fraction())
                + " of rows (asked " + percent(keepFraction) + ")" + outcome);
        return best;
    }

    /** The nets of every class for {@code epsilon}, or null once they need more than {@code budget} rows. */
    private static Trial trial(PointColumns[] points, double epsilon, Norm norm, int n, int budget) {
        AtomicInteger left = new AtomicInteger(budget);
        List<int[]> centres = IntStream.range(0, points.length).parallel()
                .mapToObj(c -> EpsilonNet.centres(points[c], epsilon, norm, left)).toList();
        if (centres.contains(null)) {
            return null;
        }
        int kept = centres.stream().mapToInt(a -> a.length).sum();
        return new Trial(epsilon, centres, (double) kept / n);
    }

    /** Diagonal of the bounding box in {@code norm}: no two points of the set are farther apart. */
    private static double diameterBound(PointColumns p, Norm norm) {
        double acc = 0;
        for (int j = 0; j < p.dims() && p.size() > 0; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.size(); i++) {
                min = Math.min(min, p.get(i, j));
                max = Math.max(max, p.get(i, j));
            }
            double range = max - min;
            acc = norm == Norm.L2 ? acc + range * range : Math.max(acc, range);
        }
        return norm == Norm.L2 ? Math.sqrt(acc) : acc;
    }

    private static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    private record Trial(double epsilon, List<int[]> centres, double fraction) {
    }
}
