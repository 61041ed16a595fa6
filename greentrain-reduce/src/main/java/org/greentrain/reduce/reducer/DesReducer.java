package org.greentrain.reduce.reducer;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.support.IndexSort;

/**
 * DES, distance-entropy selection (spec §3.5): a stratified base plus the pool rows whose class membership is most
 * ambiguous.
 *
 * <ol>
 *   <li>Base: a stratified draw of {@code ceil(pBase·N)} rows (the same draw as SRS).</li>
 *   <li>Prototype of each class present in the base: the mean of its base rows.</li>
 *   <li>Every other row x gets the entropy (base 2) of {@code softmax(d)}, d = Euclidean distances from x to the
 *       prototypes; softmax of +d as in the original code, computed with the log-sum-exp shift so large distances
 *       cannot overflow.</li>
 *   <li>Adds the {@code trunc(p·N) − |Base|} rows of highest entropy; output = base, then the added rows by
 *       descending entropy.</li>
 * </ol>
 *
 * <p>Deviations, documented: exact entropy ties are broken by row index (the original maps each value to its first
 * occurrence, duplicating one row and skipping the other); {@code pBase > p} is refused; when {@code ceil(pBase·N)}
 * already reaches {@code trunc(p·N)} (for example {@code pBase = p}) no row is added and the result is the base.
 */
public final class DesReducer extends BaseReducer {

    private static final double LN2 = Math.log(2);

    private final DesParams params;

    public DesReducer(DesParams params) {
        super("des");
        this.params = params;
    }

    @Override
    public DesParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        params.requireUsableWith(keepFraction);
        double baseFraction = params.baseFractionFor(keepFraction);
        int n = data.rows();
        int d = data.cols();
        SplittableRandom rng = new SplittableRandom(seed);
        int baseSize = SizeRule.CEIL.apply(baseFraction, n);
        int[] base = StratifiedSplit.draw(data, StratifiedSplit.drawCounts(data.classCounts(), baseSize, rng), rng);

        double[][] prototypes = prototypes(data, base);
        boolean[] inBase = new boolean[n];
        for (int r : base) {
            inBase[r] = true;
        }
        int[] pool = IntStream.range(0, n).filter(r -> !inBase[r]).toArray();
        double[] entropy = new double[pool.length];
        IntStream.range(0, pool.length).parallel().forEach(i -> entropy[i] = entropy(data, pool[i], prototypes, d));

        Selection selection = new Selection(d).addRows(base);
        int target = SizeRule.TRUNC.apply(keepFraction, n);
        int add = target - baseSize;
        if (add < 0) {
            selection.note("des: the base of ceil(" + baseFraction + " x " + n + ") = " + baseSize
                    + " rows already exceeds trunc(" + keepFraction + " x " + n + ") = " + target
                    + "; no pool rows added");
            add = 0;
        }
        if (prototypes.length == 1) {
            selection.note("des: only one class is present in the base, so every entropy is 0 and added rows follow"
                    + " row order");
        }
        int[] ranked = IndexSort.descending(entropy);
        for (int i = 0; i < add; i++) {
            selection.addRow(pool[ranked[i]]);
        }
        return selection;
    }

    /** Mean of the base rows of each class present in the base, in label order. */
    private static double[][] prototypes(Dataset data, int[] base) {
        int d = data.cols();
        double[][] sums = new double[data.numClasses()][d];
        int[] counts = new int[data.numClasses()];
        float[] f = data.features();
        for (int r : base) {
            int c = data.labels()[r];
            counts[c]++;
            for (int j = 0; j < d; j++) {
                sums[c][j] += f[r * d + j];
            }
        }
        return IntStream.range(0, sums.length).filter(c -> counts[c] > 0).mapToObj(c -> {
            double[] mean = sums[c];
            for (int j = 0; j < d; j++) {
                mean[j] /= counts[c];
            }
            return mean;
        }).toArray(double[][]::new);
    }

    /** Base-2 entropy of softmax(+distances to the prototypes) of row {@code r}. */
    private static double entropy(Dataset data, int r, double[][] prototypes, int d) {
        float[] f = data.features();
        double[] dist = new double[prototypes.length];
        for (int c = 0; c < prototypes.length; c++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                double t = f[r * d + j] - prototypes[c][j];
                s += t * t;
            }
            dist[c] = Math.sqrt(s);
        }
        return softmaxEntropy(dist);
    }

    /**
     * Base-2 entropy of {@code softmax(logits)}, shifted by the maximum (log-sum-exp) so that no exponential
     * overflows.
     */
    static double softmaxEntropy(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logits) {
            max = Math.max(max, x);
        }
        double z = 0;
        for (double x : logits) {
            z += Math.exp(x - max);
        }
        double logZ = Math.log(z);
        double h = 0;
        for (double x : logits) {
            double logQ = x - max - logZ;
            h -= Math.exp(logQ) * logQ;
        }
        return h / LN2;
    }
}
