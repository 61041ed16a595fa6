package org.greentrain.reduce.reducer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.WorkProgress;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.protodash.ProtoDash;

/**
 * PRD, ProtoDash selection (spec §3.2): per class, ProtoDash with targets = candidates = the class and
 * {@code m = trunc(p·n_c)} prototypes ({@link ProtoDash}); all picks are returned in ascending row order, as the
 * package does.
 *
 * <p>The default linear kernel reproduces the paper, whose package never passed its kernel choice to AIX360; its
 * gradients vanish after about d picks (§9.4), after which the remaining picks follow row order and a note says so.
 * {@code kernel=gaussian} is ProtoDash as published. Classes run in parallel. The Gaussian kernel caches m kernel
 * columns of n_c values per class, and refuses a class where that would exceed {@value #MAX_CACHED} values.
 */
public final class PrdReducer extends BaseReducer {

    /** Most cached Gaussian kernel values per class (200 MB of doubles). */
    public static final long MAX_CACHED = 25_000_000L;

    private final PrdParams params;
    private final WorkProgress progress;

    /** A reducer with {@code params} that reports each prototype picked to {@code progress}. */
    public PrdReducer(PrdParams params, WorkProgress progress) {
        super("prd");
        this.params = params;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public PrdParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        int[] counts = data.classCounts();
        int[] m = new int[counts.length];
        for (int c = 0; c < counts.length; c++) {
            m[c] = SizeRule.TRUNC.apply(keepFraction, counts[c]);
            if (params.kernel() == PrdParams.KernelKind.GAUSSIAN && (long) m[c] * counts[c] > MAX_CACHED) {
                throw new IllegalArgumentException("prd: the Gaussian kernel would cache " + m[c] + " x " + counts[c]
                        + " kernel values for class " + className(data, c) + ", more than " + MAX_CACHED
                        + "; use kernel=linear or a smaller keep fraction");
            }
        }
        int total = Arrays.stream(m).sum();
        WorkTally tally = new WorkTally(progress, total);
        List<ProtoDash.Result> results = IntStream.range(0, counts.length).parallel()
                .mapToObj(c -> m[c] == 0 ? null : ProtoDash.select(PointColumns.of(data, data.indicesOfClass(c)), m[c],
                        params.toKernel(), tally::add))
                .toList();
        Selection selection = new Selection(data.cols());
        int[] all = new int[total];
        int n = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && m[c] == 0) {
                noteEmptyClass(selection, data, c, counts[c], keepFraction, "trunc");
            }
            ProtoDash.Result r = results.get(c);
            if (r == null) {
                continue;
            }
            int[] rows = data.indicesOfClass(c);
            for (int pick : r.picks()) {
                all[n++] = rows[pick];
            }
            if (r.degenerateFrom() >= 0) {
                selection.note("prd: class " + className(data, c) + ": from pick " + (r.degenerateFrom() + 1) + " of "
                        + m[c] + " every gradient was 0 within tolerance"
                        + (params.kernel() == PrdParams.KernelKind.LINEAR
                        ? " (the linear kernel's Gram matrix has rank <= " + data.cols() + ")" : "")
                        + ", so the remaining picks follow row order; kernel=gaussian gives meaningful prototypes");
            }
        }
        Arrays.sort(all);
        return selection.addRows(all);
    }
}
