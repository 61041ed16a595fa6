package org.greentrain.reduce.reducer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.cluster.FloatPoints;
import org.greentrain.reduce.cluster.KMeans;
import org.greentrain.reduce.cluster.KMeansResult;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.support.OrderedTasks;
import org.greentrain.reduce.support.Seeds;

/**
 * CLC, clustering-centroids selection (spec §3.3): per class, k-means with {@code k = trunc(p·n_c)} clusters; each
 * cluster contributes its centroid, a synthetic row flagged in the {@link org.greentrain.reduce.Reduction}, or with
 * {@code output=nearest} the real row nearest to its centroid.
 *
 * <p>Default mode (the spec's recommendation, §7 item 2): k-means++ seeding with seeded restarts, the run of lowest
 * inertia kept, empty clusters relocated, scikit-learn's stop rule; Lloyd iterations use Hamerly's bounds
 * ({@link KMeans}). {@code mode=scipy} reproduces the published code's SciPy {@code kmeans(iter=1)}: k distinct random
 * rows, empty clusters dropped, and the signed distortion stop rule of §9.2. Runs of all classes and restarts go in
 * parallel, one task per run, largest classes first ({@link OrderedTasks}).
 *
 * <p>Defined edge cases: a class with {@code k = 0} (fewer than {@code 1/p} rows) contributes no rows; a class that
 * yields fewer centroids than {@code k} (dropped clusters, or fewer distinct points than k) contributes what it has.
 * Both are reported in the notes, never silently. With {@code output=nearest}, centroids take their nearest untaken
 * row in centroid order (ties to the lowest row).
 */
public final class ClcReducer extends BaseReducer {

    private final ClcParams params;

    public ClcReducer(ClcParams params) {
        super("clc");
        this.params = params;
    }

    @Override
    public ClcParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        int classes = data.numClasses();
        int[] counts = data.classCounts();
        int[] k = new int[classes];
        int[][] rows = new int[classes][];
        for (int c = 0; c < classes; c++) {
            k[c] = SizeRule.TRUNC.apply(keepFraction, counts[c]);
            if (k[c] > 0) {
                rows[c] = data.indicesOfClass(c);
            }
        }
        int restarts = params.effectiveRestarts();
        // largest classes first (a run costs about n_c * k_c), one task per run: longest-processing-time-first;
        // each run copies its class's points when it starts, so only the running ones are in memory
        int[] active = largestFirst(counts, c -> k[c] > 0);
        List<Callable<KMeansResult>> tasks = new ArrayList<>();
        for (int t = 0; t < active.length * restarts; t++) {
            int c = active[t / restarts];
            long runSeed = Seeds.derive(Seeds.derive(seed, c), t % restarts);
            tasks.add(() -> KMeans.fit(FloatPoints.of(data, rows[c]), params.kmeans(k[c]), runSeed));
        }
        List<KMeansResult> runs = OrderedTasks.run(tasks);

        Selection selection = new Selection(data.cols());
        for (int c = 0; c < classes; c++) {
            if (k[c] == 0 && counts[c] > 0) {
                noteEmptyClass(selection, data, c, counts[c], keepFraction, "trunc");
            }
        }
        KMeansResult[] best = new KMeansResult[classes];
        for (int a = 0; a < active.length; a++) {
            for (int r = 0; r < restarts; r++) {
                KMeansResult run = runs.get(a * restarts + r);
                KMeansResult current = best[active[a]];
                if (current == null || cost(run) < cost(current)) {
                    best[active[a]] = run;
                }
            }
        }
        List<int[]> nearest = params.output() == ClcParams.Output.NEAREST
                ? IntStream.range(0, classes).parallel()
                .mapToObj(c -> best[c] == null ? new int[0] : nearestRows(PointColumns.of(data, rows[c]), best[c]))
                .toList()
                : null;
        for (int c = 0; c < classes; c++) {
            KMeansResult run = best[c];
            if (run == null) {
                continue;
            }
            noteShortfall(selection, data, c, k[c], run);
            if (nearest == null) {
                for (int i = 0; i < run.clusters(); i++) {
                    selection.addSynthetic(run.centroid(i), c);
                }
            } else {
                for (int i : nearest.get(c)) {
                    selection.addRow(rows[c][i]);
                }
            }
        }
        return selection;
    }

    private double cost(KMeansResult run) {
        return params.mode() == ClcParams.Mode.SCIPY ? run.meanDistance() : run.inertia();
    }

    private void noteShortfall(Selection selection, Dataset data, int c, int k, KMeansResult run) {
        if (run.clusters() < k) {
            String why = params.mode() == ClcParams.Mode.SCIPY
                    ? "clusters emptied during the iterations and were dropped (SciPy semantics)"
                    : "the class has only " + run.clusters() + " distinct points";
            selection.note("clc: class " + className(data, c) + " produced " + run.clusters() + " centroids instead of "
                    + k + " because " + why);
        }
        if (!run.converged()) {
            selection.note("clc: class " + className(data, c) + ": k-means stopped at maxIterations="
                    + params.maxIterations() + " before its stop rule was met");
        }
    }

    /** For each centroid in order, the nearest point not taken by an earlier centroid (ties to the lowest index). */
    private static int[] nearestRows(PointColumns points, KMeansResult run) {
        int n = points.size();
        boolean[] taken = new boolean[n];
        double[] dist = new double[n];
        int[] out = new int[run.clusters()];
        for (int c = 0; c < run.clusters(); c++) {
            points.rawDistances(run.centroid(c), Norm.L2, 0, n, dist);
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (best < 0 || dist[i] < dist[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            out[c] = best;
        }
        return out;
    }
}
