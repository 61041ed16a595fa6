package org.greentrain.reduce.reducer;

import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;

/**
 * SRS, stratified random sampling (spec §3.1): the baseline every other method must beat.
 *
 * <p>Keeps {@code ceil(p·N)} rows in total. Per-class counts follow scikit-learn's {@code StratifiedShuffleSplit}:
 * the complement is allocated proportionally with largest remainders (ties at random), and each class gives the rest.
 * Rows of each class come from a seeded shuffle; the drawn rows are returned in one more shuffled order.
 *
 * <p>Deviation (§9.5): scikit-learn refuses classes with a single row or splits with fewer rows than classes. Here
 * any class is accepted; a class whose allocation is 0 contributes no rows and a note says so. A keep fraction of 1
 * returns every row (scikit-learn refuses a test size of 1.0).
 */
public final class SrsReducer extends BaseReducer {

    private final SrsParams params;

    public SrsReducer(SrsParams params) {
        super("srs");
        this.params = params;
    }

    @Override
    public SrsParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] classCounts = data.classCounts();
        int target = SizeRule.CEIL.apply(keepFraction, data.rows());
        int[] counts = StratifiedSplit.drawCounts(classCounts, target, rng);
        Selection selection = new Selection(data.cols()).addRows(StratifiedSplit.draw(data, counts, rng));
        for (int c = 0; c < counts.length; c++) {
            if (classCounts[c] > 0 && counts[c] == 0) {
                selection.note("srs: class " + className(data, c) + " (" + rows(classCounts[c])
                        + ") got no rows from the proportional allocation of " + rows(target));
            }
        }
        return selection;
    }
}
