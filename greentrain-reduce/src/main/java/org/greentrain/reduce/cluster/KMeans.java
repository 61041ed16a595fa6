package org.greentrain.reduce.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.greentrain.reduce.support.IndexSort;

/**
 * Lloyd's k-means (Euclidean), accelerated with Hamerly-style distance bounds kept per group of centres (Yinyang
 * k-means, Ding et al. 2015). Each point keeps an upper bound on the distance to its centre and, for each of
 * {@code t} groups of centres, a lower bound on the distance to the group's other centres; after the centres move the
 * bounds are loosened by the movement, and a point rescans only the groups whose bound no longer rules them out. With
 * one group this is Hamerly's algorithm. With thousands of centres in 16 dimensions Hamerly's single bound fails for
 * over 90% of the points in every iteration (measured); the per-group bounds skip a growing share of the groups as the
 * centres settle, down to a few groups per point. {@code t = clamp(k/10, 1, 10)}: more, smaller groups prune more but
 * scan in shorter, slower SIMD runs (10 measured best at k = 3,000, d = 16). The groups come from a 5-iteration
 * k-means over the initial centres.
 *
 * <p>Movers. After the first few iterations most centres no longer move at all, but a group's drift is the largest
 * move among its few hundred centres, so a handful of movers loosen every point's bound on the whole group (measured
 * on 30,000 × 16 blobs, k = 3,000: median move 0, 99th percentile 0.3, group drifts 0.4 to 1.7, and 96-99% of the
 * points rescanned). So the centres that moved most in the last update, at most {@code k/32}, are set apart: every
 * point measures its distance to them in one short SIMD scan, which also tightens its group bounds, and the group
 * drifts are taken over the other centres only. That cut the distances computed by 40%.
 *
 * <p>The assignments are those of plain Lloyd: a point whose bounds settle it keeps its centre (so an exact tie keeps
 * the current centre); otherwise it takes the nearest centre, the lowest index among equals (SciPy's {@code vq}),
 * whatever order the movers and groups are scanned in. Distances are in
 * single precision, the precision of the data (see {@link FloatKernels}); means are accumulated in double. Memory
 * O(n·(d + t) + k·d). One run is sequential; callers run restarts and classes in parallel.
 */
public final class KMeans {

    private static final int MAX_GROUPS = 10;
    private static final int CENTRES_PER_GROUP = 10;
    private static final int GROUPING_ITERATIONS = 5;
    /** At most one centre in this many is a mover (k/32 measured best against k/16 and k/64). */
    private static final int MOVER_SHARE = 32;
    /**
     * Relative margin of every bound test. Single-precision distances obey the triangle inequality only up to
     * rounding (about d × 2^-24 relative), so a bound must beat the distance by this margin before it skips a scan;
     * that keeps the assignments equal to plain Lloyd's over the same float distances.
     */
    private static final double SLACK = 1e-5;

    private KMeans() {
    }

    /**
     * One seeded k-means run on {@code points}.
     *
     * @throws IllegalArgumentException when more clusters than points are asked for
     */
    public static KMeansResult fit(FloatPoints points, KMeansOptions options, long seed) {
        if (options.clusters() > points.size()) {
            throw new IllegalArgumentException("cannot make " + options.clusters() + " clusters of " + points.size()
                    + " points");
        }
        return new Run(points, options, new SplittableRandom(seed)).execute();
    }

    /** The state of one run. */
    private static final class Run {
        private final KMeansOptions options;
        private final SplittableRandom rng;
        private final int n;
        private final int d;
        private final float[] rows;
        private final float[][] columns;
        private final int[] a;
        private final double[] u;
        private final float[] q;
        private int k;
        private double[] centres;
        private float[] centreRows;
        private float[][] centreColumns;
        private double[] shift;
        /**
         * The sum and count of each cluster's points, kept from update to update while k stays the same: a run makes
         * hundreds of updates, and late in a run most clusters keep their points.
         */
        private double[] sums;
        private int[] counts;
        /** The clusters that gained or lost a point since their sums were accumulated. */
        private boolean[] changed;
        /** The centres before the last update, whose array the next update fills. */
        private double[] spare;
        private int t;
        private int[] groupOf;
        private int[] groupStart;
        private float[] lower;
        /** After k-means++ seeding: each point's squared distance to its second-nearest seed (null otherwise). */
        private float[] secondNearest;
        private float[] scratch;
        private boolean[] scanned;
        private float[] groupMin;
        private int[] groupArg;
        /** The movers ({@link #chooseMovers}), grouped by centre group, ascending within a group. */
        private int[] movers = new int[0];
        private int[] moverStart;
        private float[][] moverColumns;
        private float[] moverScratch;
        /** Per group: a point's smallest squared distance to the group's movers other than its centre, and which. */
        private float[] moverMin;
        private int[] moverArg;

        Run(FloatPoints points, KMeansOptions options, SplittableRandom rng) {
            this.options = options;
            this.rng = rng;
            this.n = points.size();
            this.d = points.dims();
            this.rows = points.rows();
            this.columns = points.columns();
            this.a = new int[n];
            this.u = new double[n];
            this.q = new float[d];
        }

        KMeansResult execute() {
            int[] seeds;
            if (options.init() == KMeansOptions.Init.PLUS_PLUS) {
                KMeansSeeding.PlusPlus plusPlus = KMeansSeeding.plusPlus(columns, rows, n, options.clusters(), rng);
                seeds = plusPlus.seeds();
                System.arraycopy(plusPlus.nearestSeed(), 0, a, 0, n);
                secondNearest = plusPlus.secondNearest();
            } else {
                seeds = KMeansSeeding.randomRows(n, options.clusters(), rng);
            }
            k = seeds.length;
            changed = new boolean[k];
            centres = new double[k * d];
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    centres[c * d + j] = rows[seeds[c] * d + j];
                }
            }
            int[] position = group();
            columns();
            scratch = new float[k];
            lower = new float[n * t];
            if (secondNearest != null) {
                seededAssignment(position);
            } else {
                Arrays.fill(lower, Float.NEGATIVE_INFINITY);
                Arrays.fill(a, -1);
                assign();
            }
            double tolerance = options.stop() instanceof StopRule.CentreShift shiftRule
                    ? shiftRule.tolerance() * meanVariance() : 0;
            double previousDistortion = Double.POSITIVE_INFINITY;
            boolean converged = false;
            int iterations = 0;
            while (iterations < options.maxIterations()) {
                iterations++;
                double distortion = options.stop() instanceof StopRule.DistortionDrop ? exactDistortion() : 0;
                double totalShift = updateCentres();
                if (options.stop() instanceof StopRule.DistortionDrop drop) {
                    double decrease = previousDistortion - distortion;
                    previousDistortion = distortion;
                    if (!(decrease > drop.threshold())) {
                        converged = true;
                        break;
                    }
                } else if (totalShift <= tolerance) {
                    converged = true;
                    break;
                }
                loosenBounds();
                assign();
            }
            loosenBounds();
            assign();
            double inertia = 0;
            for (int i = 0; i < n; i++) {
                u[i] = Math.sqrt(raw(i, a[i]));
                inertia += u[i] * u[i];
            }
            return new KMeansResult(centres.clone(), k, d, a.clone(), u.clone(), inertia, iterations, converged);
        }

        /**
         * Splits the centres into {@code t} groups by a short k-means over the centres, and renumbers the centres so
         * that each group is a contiguous range, which the scans read as one SIMD run.
         */
        private int[] group() {
            int wanted = Math.max(1, Math.min(MAX_GROUPS, k / CENTRES_PER_GROUP));
            int[] label = new int[k];
            if (wanted > 1) {
                KMeansResult grouping = KMeans.fit(FloatPoints.ofRowMajor(centres, k, d),
                        new KMeansOptions(wanted, KMeansOptions.Init.RANDOM_ROWS, KMeansOptions.EmptyClusters.RELOCATE,
                                new StopRule.CentreShift(0), GROUPING_ITERATIONS), rng.nextLong());
                label = grouping.assignment();
                wanted = grouping.clusters();
            }
            t = wanted;
            double[] keys = new double[k];
            for (int c = 0; c < k; c++) {
                keys[c] = label[c];
            }
            int[] order = IndexSort.ascending(keys);
            double[] sorted = new double[k * d];
            groupOf = new int[k];
            for (int c = 0; c < k; c++) {
                System.arraycopy(centres, order[c] * d, sorted, c * d, d);
                groupOf[c] = label[order[c]];
            }
            centres = sorted;
            bounds();
            scanned = new boolean[t];
            groupMin = new float[t];
            groupArg = new int[t];
            moverStart = new int[t + 1];
            moverMin = new float[t];
            moverArg = new int[t];
            int[] position = new int[k];
            for (int c = 0; c < k; c++) {
                position[order[c]] = c;
            }
            return position;
        }

        /**
         * The first assignment straight from k-means++ seeding, which already found each point's nearest seed and
         * the distance to its second-nearest: that distance bounds every other centre, so it starts every group's
         * lower bound, and the full scan of all points over all centres is saved.
         */
        private void seededAssignment(int[] position) {
            for (int i = 0; i < n; i++) {
                a[i] = position[a[i]];
                u[i] = Math.sqrt(raw(i, a[i]));
                Arrays.fill(lower, i * t, (i + 1) * t, floorToFloat(Math.sqrt(secondNearest[i]) * (1 - SLACK)));
            }
            secondNearest = null;
        }

        /** Recomputes the start of each group's range from {@link #groupOf}. */
        private void bounds() {
            groupStart = new int[t + 1];
            for (int c = 0; c < k; c++) {
                groupStart[groupOf[c] + 1]++;
            }
            for (int g = 0; g < t; g++) {
                groupStart[g + 1] += groupStart[g];
            }
        }

        /** The assignment step for every point. */
        private void assign() {
            for (int i = 0; i < n; i++) {
                assign(i);
            }
        }

        /**
         * Re-assigns point {@code i} if its bounds do not settle it: measures the movers, then scans only the groups
         * not ruled out.
         */
        private void assign(int i) {
            int base = i * t;
            int old = a[i];
            System.arraycopy(rows, i * d, q, 0, d);
            if (movers.length > 0) {
                measureMovers(base, old);
            }
            float globalLower = Float.POSITIVE_INFINITY;
            for (int g = 0; g < t; g++) {
                globalLower = Math.min(globalLower, lower[base + g]);
            }
            if (old >= 0) {
                if (u[i] * (1 + SLACK) <= globalLower) {
                    return;
                }
                u[i] = Math.sqrt(raw(i, old));
                if (u[i] * (1 + SLACK) <= globalLower) {
                    return;
                }
            }
            double oldDistance = old >= 0 ? u[i] : Double.POSITIVE_INFINITY;
            int best = old;
            double bestDistance = oldDistance;
            for (int g = 0; g < t && movers.length > 0; g++) {
                // a group without movers has distance +inf, never nearer
                double distance = Math.sqrt(moverMin[g]);
                if (nearer(distance, moverArg[g], bestDistance, best, old)) {
                    bestDistance = distance;
                    best = moverArg[g];
                }
            }
            int oldGroup = old >= 0 ? groupOf[old] : -1;
            float oldGroupSecond = Float.POSITIVE_INFINITY;
            for (int g = 0; g < t; g++) {
                scanned[g] = lower[base + g] < bestDistance * (1 + SLACK);
                if (!scanned[g]) {
                    continue;
                }
                int from = groupStart[g];
                int to = groupStart[g + 1];
                FloatKernels.squared(centreColumns, q, from, to, scratch);
                float m1 = Float.POSITIVE_INFINITY;
                int arg = -1;
                if (g == oldGroup) {
                    // most points stay in this group: its second smallest distance is its new bound, found in passing
                    float m2 = Float.POSITIVE_INFINITY;
                    for (int c = from; c < to; c++) {
                        float v = scratch[c];
                        if (v < m2) {
                            if (v < m1) {
                                m2 = m1;
                                m1 = v;
                                arg = c;
                            } else {
                                m2 = v;
                            }
                        }
                    }
                    oldGroupSecond = m2;
                } else {
                    for (int c = from; c < to; c++) {
                        if (scratch[c] < m1) {
                            m1 = scratch[c];
                            arg = c;
                        }
                    }
                }
                groupMin[g] = m1;
                groupArg[g] = arg;
                double distance = Math.sqrt(m1);
                if (nearer(distance, arg, bestDistance, best, old)) {
                    bestDistance = distance;
                    best = arg;
                }
            }
            if (best != old) {
                changed[best] = true;
                if (old >= 0) {
                    changed[old] = true;
                }
            }
            a[i] = best;
            u[i] = bestDistance;
            for (int g = 0; g < t; g++) {
                if (scanned[g]) {
                    lower[base + g] = floorToFloat(Math.sqrt(groupMin[g]));
                }
            }
            // the bound of the point's own group must exclude its centre: the group's second smallest distance
            int own = groupOf[best];
            if (scanned[own] && groupArg[own] == best) {
                float second = oldGroupSecond;
                if (own != oldGroup) {
                    second = Float.POSITIVE_INFINITY;
                    for (int c = groupStart[own]; c < groupStart[own + 1]; c++) {
                        if (c != best && scratch[c] < second) {
                            second = scratch[c];
                        }
                    }
                }
                lower[base + own] = floorToFloat(Math.sqrt(second));
            }
            // a point that left its centre must bound the distance to it (a scanned group's bound already does)
            if (old >= 0 && best != old) {
                lower[base + oldGroup] = Math.min(lower[base + oldGroup], floorToFloat(oldDistance));
            }
        }

        /**
         * Point i's distances (its coordinates in {@link #q}) to the movers other than its centre {@code old}: keeps
         * each group's nearest mover in {@link #moverMin}/{@link #moverArg} and lowers the group bounds to them, which
         * makes the bounds hold for the movers too.
         */
        private void measureMovers(int base, int old) {
            FloatKernels.squared(moverColumns, q, 0, movers.length, moverScratch);
            for (int g = 0; g < t; g++) {
                float m = Float.POSITIVE_INFINITY;
                int arg = -1;
                for (int r = moverStart[g]; r < moverStart[g + 1]; r++) {
                    if (moverScratch[r] < m && movers[r] != old) {
                        m = moverScratch[r];
                        arg = movers[r];
                    }
                }
                moverMin[g] = m;
                moverArg[g] = arg;
                // without a branch (a group without movers has m = +inf): branches that the first runs never take
                // make C2 throw away and recompile this whole loop when they finally are taken
                lower[base + g] = Math.min(lower[base + g], floorToFloat(Math.sqrt(m)));
            }
        }

        /**
         * Whether centre {@code c} at {@code distance} replaces the best so far: nearer, or as near with a lower index,
         * except that an exact tie never displaces the point's current centre {@code old}.
         */
        private static boolean nearer(double distance, int c, double bestDistance, int best, int old) {
            return distance < bestDistance || (distance == bestDistance && best != old && c < best);
        }

        /**
         * Moves the centres to the means of their points; returns the sum of squared centre movements. Only the
         * clusters that changed are summed again, in point order as always, so every sum is the one a fresh pass gives.
         */
        private double updateCentres() {
            if (sums == null || sums.length != k * d) {
                sums = new double[k * d];
                counts = new int[k];
                changed = new boolean[k];
                Arrays.fill(changed, true);
            } else {
                for (int c = 0; c < k; c++) {
                    if (changed[c]) {
                        Arrays.fill(sums, c * d, (c + 1) * d, 0);
                        counts[c] = 0;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                int c = a[i];
                if (!changed[c]) {
                    continue;
                }
                counts[c]++;
                int base = i * d;
                int cb = c * d;
                for (int j = 0; j < d; j++) {
                    sums[cb + j] += rows[base + j];
                }
            }
            Arrays.fill(changed, false);
            double[] old = centres;
            if (Arrays.stream(counts).anyMatch(x -> x == 0)) {
                if (options.emptyClusters() == KMeansOptions.EmptyClusters.RELOCATE) {
                    relocate();
                } else {
                    old = drop();
                }
            }
            double[] next = spare != null && spare.length == k * d ? spare : new double[k * d];
            shift = new double[k];
            double total = 0;
            for (int c = 0; c < k; c++) {
                double moved = 0;
                for (int j = 0; j < d; j++) {
                    next[c * d + j] = sums[c * d + j] / counts[c];
                    double diff = next[c * d + j] - old[c * d + j];
                    moved += diff * diff;
                }
                shift[c] = Math.sqrt(moved);
                total += moved;
            }
            spare = centres;
            centres = next;
            columns();
            return total;
        }

        /**
         * Gives each empty cluster the point farthest from its own centre, taken from a cluster that keeps at least
         * one point (scikit-learn's rule). The moved point's bounds are reset so that it is rescanned.
         */
        private void relocate() {
            double[] far = new double[n];
            for (int i = 0; i < n; i++) {
                far[i] = raw(i, a[i]);
            }
            int[] order = IndexSort.descending(far);
            int next = 0;
            for (int e = 0; e < k; e++) {
                if (counts[e] > 0) {
                    continue;
                }
                while (counts[a[order[next]]] < 2) {
                    next++;
                }
                int i = order[next++];
                int from = a[i];
                counts[from]--;
                counts[e] = 1;
                changed[from] = true; // summed afresh at the next update, as a fresh pass would
                changed[e] = true;
                for (int j = 0; j < d; j++) {
                    sums[from * d + j] -= rows[i * d + j];
                    sums[e * d + j] = rows[i * d + j];
                }
                a[i] = e;
                u[i] = 0;
                Arrays.fill(lower, i * t, (i + 1) * t, Float.NEGATIVE_INFINITY);
            }
        }

        /**
         * Removes empty clusters (SciPy's rule), keeping the order, so groups stay contiguous; returns the old centres
         * of the clusters kept, in their new numbering. Lower bounds stay valid: fewer centres can only be farther.
         */
        private double[] drop() {
            int[] newIndex = new int[k];
            int kept = 0;
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    newIndex[c] = kept;
                    System.arraycopy(sums, c * d, sums, kept * d, d);
                    System.arraycopy(centres, c * d, centres, kept * d, d);
                    groupOf[kept] = groupOf[c];
                    counts[kept++] = counts[c];
                }
            }
            for (int i = 0; i < n; i++) {
                a[i] = newIndex[a[i]];
            }
            k = kept;
            groupOf = Arrays.copyOf(groupOf, k);
            bounds();
            return Arrays.copyOf(centres, k * d);
        }

        /**
         * Loosens every bound by how far the centres moved: own centre's move for the upper bound, the largest move in
         * each group, movers aside, for that group's lower bound.
         */
        private void loosenBounds() {
            boolean[] mover = chooseMovers();
            double[] drift = new double[t];
            for (int c = 0; c < k; c++) {
                if (!mover[c]) {
                    drift[groupOf[c]] = Math.max(drift[groupOf[c]], shift[c]);
                }
            }
            for (int i = 0; i < n; i++) {
                u[i] += shift[a[i]];
                int base = i * t;
                for (int g = 0; g < t; g++) {
                    lower[base + g] = floorToFloat(lower[base + g] - drift[g]);
                }
            }
        }

        /**
         * Sets apart the centres that moved most in the last update: at most {@code k/32}, only centres that moved, and
         * none when there is a single group (Hamerly's bound has no group drift to spare). Returns which are movers.
         */
        private boolean[] chooseMovers() {
            boolean[] mover = new boolean[k];
            int count = 0;
            if (t > 1) {
                int[] byShift = IndexSort.descending(shift);
                int limit = k / MOVER_SHARE;
                while (count < limit && shift[byShift[count]] > 0) {
                    mover[byShift[count++]] = true;
                }
            }
            movers = new int[count];
            Arrays.fill(moverStart, 0);
            for (int c = 0; c < k; c++) {
                if (mover[c]) {
                    moverStart[groupOf[c] + 1]++;
                }
            }
            for (int g = 0; g < t; g++) {
                moverStart[g + 1] += moverStart[g];
            }
            int[] next = Arrays.copyOf(moverStart, t);
            for (int c = 0; c < k; c++) {
                if (mover[c]) {
                    movers[next[groupOf[c]]++] = c;
                }
            }
            moverColumns = new float[d][count];
            for (int j = 0; j < d; j++) {
                for (int r = 0; r < count; r++) {
                    moverColumns[j][r] = centreColumns[j][movers[r]];
                }
            }
            if (moverScratch == null || moverScratch.length < count) {
                moverScratch = new float[count];
            }
            return mover;
        }

        /** Mean exact distance of points to their centres (tightens every upper bound). */
        private double exactDistortion() {
            double total = 0;
            for (int i = 0; i < n; i++) {
                u[i] = Math.sqrt(raw(i, a[i]));
                total += u[i];
            }
            return total / n;
        }

        private double raw(int i, int c) {
            return FloatKernels.squared(rows, i, centreRows, c, d);
        }

        /** The single-precision copies of the centres that the distance scans read. */
        private void columns() {
            if (centreRows == null || centreRows.length != k * d) {
                centreRows = new float[k * d];
                centreColumns = new float[d][k];
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    float v = (float) centres[c * d + j];
                    centreRows[c * d + j] = v;
                    centreColumns[j][c] = v;
                }
            }
        }

        private double meanVariance() {
            double total = 0;
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += rows[i * d + j];
                }
                mean /= n;
                double var = 0;
                for (int i = 0; i < n; i++) {
                    double diff = rows[i * d + j] - mean;
                    var += diff * diff;
                }
                total += var / n;
            }
            return d == 0 ? 0 : total / d;
        }

        /** The largest float not above {@code v}, so that a lower bound stays a lower bound when stored as float. */
        private static float floorToFloat(double v) {
            float f = (float) v;
            return f > v ? Math.nextDown(f) : f;
        }

    }
}
