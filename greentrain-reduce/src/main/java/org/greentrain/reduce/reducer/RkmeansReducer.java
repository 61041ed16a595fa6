package org.greentrain.reduce.reducer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.cluster.FloatPoints;
import org.greentrain.reduce.cluster.KMeans;
import org.greentrain.reduce.cluster.KMeansOptions;
import org.greentrain.reduce.cluster.KMeansResult;
import org.greentrain.reduce.cluster.StopRule;
import org.greentrain.reduce.support.IndexSort;
import org.greentrain.reduce.support.Seeds;

/**
 * RKMEANS, representative k-means (spec §5.2 item 5): the object-detection substitute for CLC, because centroids are
 * not images. k-means++ over all rows, labels ignored, with K = number of classes present by default; each cluster
 * keeps its {@code min(⌊trunc(p·N) / K⌋, cluster size)} rows nearest to its centroid (ties to the lowest row), so the
 * total can fall short of {@code trunc(p·N)}, as in the original (a note gives the shortfall).
 *
 * <p>Deviation: the original is unseeded; here every restart is seeded and the run of lowest inertia is kept.
 * Restarts run in parallel. Output: cluster by cluster, nearest rows first.
 */
public final class RkmeansReducer extends BaseReducer {

    private final RkmeansParams params;

    public RkmeansReducer(RkmeansParams params) {
        super("rkmeans");
        this.params = params;
    }

    @Override
    public RkmeansParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        int n = data.rows();
        int present = (int) IntStream.of(data.classCounts()).filter(x -> x > 0).count();
        int clusters = params.clusters() == null ? present : params.clusters();
        if (clusters > n) {
            throw new IllegalArgumentException("rkmeans: " + clusters + " clusters for " + n + " rows; use at most "
                    + n);
        }
        FloatPoints points = FloatPoints.allOf(data);
        KMeansOptions options = new KMeansOptions(clusters, KMeansOptions.Init.PLUS_PLUS,
                KMeansOptions.EmptyClusters.RELOCATE, new StopRule.CentreShift(1e-4), params.maxIterations());
        List<KMeansResult> runs = IntStream.range(0, params.restarts()).parallel()
                .mapToObj(r -> KMeans.fit(points, options, Seeds.derive(seed, r))).toList();
        KMeansResult best = runs.stream().min(Comparator.comparingDouble(KMeansResult::inertia)).orElseThrow();

        int target = SizeRule.TRUNC.apply(keepFraction, n);
        int perCluster = target / clusters;
        int[] order = IndexSort.ascending(best.distance());
        int[] taken = new int[best.clusters()];
        int[][] members = new int[best.clusters()][perCluster];
        for (int i : order) {
            int c = best.assignment()[i];
            if (taken[c] < perCluster) {
                members[c][taken[c]++] = i;
            }
        }
        Selection selection = new Selection(data.cols());
        for (int c = 0; c < best.clusters(); c++) {
            selection.addRows(Arrays.copyOf(members[c], taken[c]));
        }
        if (selection.size() < target) {
            selection.note("rkmeans: kept " + selection.size() + " rows, fewer than trunc(" + keepFraction + " x " + n
                    + ") = " + target + ", because each of the " + best.clusters() + " clusters keeps at most "
                    + perCluster + " rows and small clusters keep fewer");
        }
        if (best.clusters() < clusters) {
            selection.note("rkmeans: the data has only " + best.clusters() + " distinct points, fewer than the "
                    + clusters + " clusters asked");
        }
        return selection;
    }
}
