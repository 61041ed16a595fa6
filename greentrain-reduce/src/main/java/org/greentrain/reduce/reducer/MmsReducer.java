package org.greentrain.reduce.reducer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.geometry.FarthestPointSampler;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.support.OrderedTasks;
import org.greentrain.reduce.support.Seeds;

/**
 * MMS, max-min (farthest-point) selection per class (spec §3.4, corrected by §9.3): keeps {@code trunc(p·n_c)} rows
 * of each class in greedy farthest-first order, classes in ascending label order.
 *
 * <p>Deviations from GUDHI, documented: ties go to the smallest row index (GUDHI's tie order is an implementation
 * detail); the start is seeded. Like GUDHI (§9.3) it never returns fewer rows than asked: duplicates are taken at
 * distance 0. Classes run in parallel, largest first ({@link OrderedTasks}).
 */
public final class MmsReducer extends BaseReducer {

    private final MmsParams params;

    public MmsReducer(MmsParams params) {
        super("mms");
        this.params = params;
    }

    @Override
    public MmsParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        int[] counts = data.classCounts();
        int classes = data.numClasses();
        // a class costs about n_c * k_c distances: largest first, one task each (longest-processing-time-first)
        int[] bySize = largestFirst(counts, c -> true);
        List<Callable<int[]>> tasks = new ArrayList<>();
        for (int c : bySize) {
            tasks.add(() -> farthestFirst(data, c, SizeRule.TRUNC.apply(keepFraction, counts[c]), seed));
        }
        List<int[]> results = OrderedTasks.run(tasks);
        int[][] perClass = new int[classes][];
        for (int t = 0; t < classes; t++) {
            perClass[bySize[t]] = results.get(t);
        }
        Selection selection = new Selection(data.cols());
        for (int c = 0; c < classes; c++) {
            selection.addRows(perClass[c]);
            if (counts[c] > 0 && perClass[c].length == 0) {
                noteEmptyClass(selection, data, c, counts[c], keepFraction, "trunc");
            }
        }
        return selection;
    }

    /** The first {@code k} rows of class {@code c} in farthest-first order, as row indices of {@code data}. */
    private int[] farthestFirst(Dataset data, int c, int k, long seed) {
        if (k == 0) {
            return new int[0];
        }
        int[] rows = data.indicesOfClass(c);
        int start = params.start() == MmsParams.Start.FIRST ? 0 : Seeds.random(seed, c).nextInt(rows.length);
        int[] order = FarthestPointSampler.order(PointColumns.of(data, rows), k, params.norm(), start);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = rows[order[i]];
        }
        return out;
    }
}
