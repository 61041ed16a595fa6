package org.greentrain.data.split;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * Seeded train/test splits. The test part has {@code ceil(testFraction * rows)} rows (as in scikit-learn), both parts
 * are non-empty, and the rows of each part come in a seeded random order. The same seed and data give the same split.
 */
public final class Splits {

    /** Tolerance so that, for example, 0.7 x 10 counts as 7 test rows and not 8. */
    private static final double ROUNDING_SLACK = 1e-9;

    private Splits() {
    }

    /**
     * A uniformly random split.
     *
     * @param testFraction the share of rows held out, in (0, 1)
     * @throws DataInputException for a fraction outside (0, 1) or one that leaves a part empty
     */
    public static Split random(Dataset dataset, double testFraction, long seed) {
        int testRows = testRows(dataset, testFraction);
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = identity(dataset.rows());
        shuffle(order, random);
        return new Split(dataset.subset(Arrays.copyOfRange(order, testRows, order.length)),
                dataset.subset(Arrays.copyOf(order, testRows)));
    }

    /**
     * A split that keeps class proportions: each class sends its share of the test rows, rounded by largest
     * remainder so the total is exact, and every class with at least two rows has at least one row in each part
     * whenever the test size allows.
     *
     * @param testFraction the share of rows held out, in (0, 1)
     * @throws DataInputException for a fraction outside (0, 1) or one that leaves a part empty
     */
    public static Split stratified(Dataset dataset, double testFraction, long seed) {
        int testRows = testRows(dataset, testFraction);
        int[] counts = dataset.classCounts();
        int[] testPerClass = StratifiedQuota.of(counts, testRows);
        SplittableRandom random = new SplittableRandom(seed);
        int[] train = new int[dataset.rows() - testRows];
        int[] test = new int[testRows];
        int trainFill = 0;
        int testFill = 0;
        for (int label = 0; label < counts.length; label++) {
            int[] rows = dataset.indicesOfClass(label);
            shuffle(rows, random);
            int k = testPerClass[label];
            System.arraycopy(rows, 0, test, testFill, k);
            System.arraycopy(rows, k, train, trainFill, rows.length - k);
            testFill += k;
            trainFill += rows.length - k;
        }
        shuffle(train, random);
        shuffle(test, random);
        return new Split(dataset.subset(train), dataset.subset(test));
    }

    private static int testRows(Dataset dataset, double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new DataInputException("test fraction must be strictly between 0 and 1, got " + testFraction
                    + "; for example 0.25 holds out a quarter of the rows");
        }
        int rows = dataset.rows();
        int testRows = (int) Math.ceil(testFraction * rows - ROUNDING_SLACK);
        if (testRows < 1 || testRows >= rows) {
            throw new DataInputException("test fraction " + testFraction + " of the " + rows + " rows of "
                    + dataset.name() + " leaves " + (testRows < 1 ? "the test" : "the training")
                    + " part empty; choose a fraction that gives each part at least one row");
        }
        return testRows;
    }

    private static int[] identity(int n) {
        int[] indices = new int[n];
        Arrays.setAll(indices, i -> i);
        return indices;
    }

    /** Fisher-Yates shuffle. */
    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
