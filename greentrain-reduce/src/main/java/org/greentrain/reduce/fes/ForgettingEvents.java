package org.greentrain.reduce.fes;

import java.util.Arrays;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.reducer.BaseReducer;
import org.greentrain.reduce.support.IndexSort;

/**
 * Counts forgetting events (Toneva et al. 2019; spec §3.8) while a model trains, and selects the examples FES keeps.
 * A forgetting event is an example classified correctly in one evaluation pass and wrongly in the next. The training
 * loop calls {@link #record} once per evaluation pass over all examples, always in the same order.
 *
 * <p>Selection per class keeps the {@code trunc(p·n_c)} examples with the most forgetting events; examples never
 * classified correctly at the last pass and never forgotten (unlearned) rank before all others, as in the original
 * (which gives them a count larger than any achievable). Deviations, documented: ties go to the smallest index (the
 * original's order is arbitrary); a class with {@code trunc(p·n_c) = 0} contributes nothing (the original's
 * {@code [-0:]} slice selects the whole class).
 *
 * <p>Not thread-safe: one training loop records into it.
 */
public final class ForgettingEvents {

    private final int[] forgets;
    private final boolean[] lastCorrect;
    private int passes;

    /** Counters for {@code examples} examples, all "not yet correct". */
    public ForgettingEvents(int examples) {
        if (examples < 0) {
            throw new IllegalArgumentException("number of examples must be >= 0, got " + examples);
        }
        this.forgets = new int[examples];
        this.lastCorrect = new boolean[examples];
    }

    /**
     * Records one evaluation pass: {@code correct[i]} says whether example i was classified correctly.
     *
     * @throws IllegalArgumentException when the pass does not cover every example
     */
    public void record(boolean[] correct) {
        if (correct.length != forgets.length) {
            throw new IllegalArgumentException("a pass must cover all " + forgets.length + " examples, got "
                    + correct.length);
        }
        for (int i = 0; i < correct.length; i++) {
            if (lastCorrect[i] && !correct[i]) {
                forgets[i]++;
            }
            lastCorrect[i] = correct[i];
        }
        passes++;
    }

    /** Forgetting events per example. */
    public int[] forgetCounts() {
        return forgets.clone();
    }

    /** Whether each example was correct at the last pass. */
    public boolean[] lastCorrect() {
        return lastCorrect.clone();
    }

    /** Number of passes recorded. */
    public int passes() {
        return passes;
    }

    /**
     * Per class, the {@code trunc(keepFraction · n_c)} examples with the most forgetting events, unlearned examples
     * first, ties by index; classes in ascending label order, each in ranking order.
     *
     * @throws IllegalArgumentException for labels of the wrong length or out of range, or a keep fraction outside
     *                                  (0, 1]
     */
    public int[] select(int[] labels, int numClasses, double keepFraction) {
        if (labels.length != forgets.length) {
            throw new IllegalArgumentException(labels.length + " labels for " + forgets.length + " examples");
        }
        if (numClasses < 1) {
            throw new IllegalArgumentException("number of classes must be >= 1, got " + numClasses);
        }
        BaseReducer.checkKeepFraction(keepFraction);
        int[] counts = new int[numClasses];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("example " + i + " has label " + labels[i] + " outside [0, "
                        + numClasses + ")");
            }
            counts[labels[i]]++;
        }
        double[] key = new double[labels.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = !lastCorrect[i] && forgets[i] == 0 ? Double.POSITIVE_INFINITY : forgets[i];
        }
        int[] ranked = IndexSort.descending(key);
        int[] quota = new int[numClasses];
        int total = 0;
        for (int c = 0; c < numClasses; c++) {
            quota[c] = SizeRule.TRUNC.apply(keepFraction, counts[c]);
            total += quota[c];
        }
        int[][] perClass = new int[numClasses][];
        int[] filled = new int[numClasses];
        for (int c = 0; c < numClasses; c++) {
            perClass[c] = new int[quota[c]];
        }
        for (int i : ranked) {
            int c = labels[i];
            if (filled[c] < quota[c]) {
                perClass[c][filled[c]++] = i;
            }
        }
        int[] out = new int[total];
        int n = 0;
        for (int[] rows : perClass) {
            System.arraycopy(rows, 0, out, n, rows.length);
            n += rows.length;
        }
        return out;
    }

    @Override
    public String toString() {
        return "ForgettingEvents[" + forgets.length + " examples, " + passes + " passes, "
                + Arrays.stream(forgets).sum() + " events]";
    }
}
