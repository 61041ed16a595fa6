package org.greentrain.reduce.metric;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.geometry.Norm;

/**
 * ε-representativeness (spec §2.1): for each class, the largest distance from a full row to its nearest reduced row of
 * the same class (the directed Hausdorff distance), and the maximum over classes. L∞ by default, as in the authors'
 * code; L2 on request.
 *
 * <p>Exact, with no approximation: each full row looks for a reduced row within the largest nearest-distance found
 * so far (the early break of Taha and Hanbury: such a row cannot raise the maximum), and only a row without one gets
 * its exact nearest distance ({@link ClassTargets}). The answer does not depend on the scan order or the number of
 * threads. Rows are processed in parallel chunks.
 *
 * <p>Deviation: a class present in the full data but absent from the reduced data gets +∞ and is listed in
 * {@link EpsilonResult#missingClasses()}; the original silently skips it.
 */
public final class EpsilonRepresentativeness {

    private static final int CHUNK = 256;

    private EpsilonRepresentativeness() {
    }

    /** ε of a reduction's dataset against the full dataset it came from, in L∞. */
    public static EpsilonResult of(Reduction reduction, Dataset full) {
        return compute(full, reduction.data(), Norm.LINF);
    }

    /** ε of {@code reduced} against {@code full} in L∞. */
    public static EpsilonResult compute(Dataset full, Dataset reduced) {
        return compute(full, reduced, Norm.LINF);
    }

    /**
     * ε of {@code reduced} against {@code full} in {@code norm}.
     *
     * @throws IllegalArgumentException when the two datasets differ in feature count or classes
     */
    public static EpsilonResult compute(Dataset full, Dataset reduced, Norm norm) {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(reduced, "reduced");
        Objects.requireNonNull(norm, "norm");
        if (full.cols() != reduced.cols()) {
            throw new IllegalArgumentException("the reduced dataset has " + reduced.cols() + " features, the full one "
                    + full.cols());
        }
        if (!full.classNames().equals(reduced.classNames())) {
            throw new IllegalArgumentException("the reduced dataset's classes " + reduced.classNames()
                    + " differ from the full dataset's " + full.classNames());
        }
        int classes = full.numClasses();
        double[] perClass = new double[classes];
        int[] missing = new int[classes];
        int missingCount = 0;
        double overall = 0;
        for (int c = 0; c < classes; c++) {
            int[] queries = full.indicesOfClass(c);
            int[] targets = reduced.indicesOfClass(c);
            if (queries.length == 0) {
                perClass[c] = 0;
            } else if (targets.length == 0) {
                perClass[c] = Double.POSITIVE_INFINITY;
                missing[missingCount++] = c;
            } else {
                perClass[c] = directedHausdorff(full, queries, new ClassTargets(reduced, targets, norm), norm);
            }
            overall = Math.max(overall, perClass[c]);
        }
        return new EpsilonResult(overall, perClass, java.util.Arrays.copyOf(missing, missingCount), norm);
    }

    /** max over the rows {@code queries} of {@code full} of the distance to the nearest target. */
    private static double directedHausdorff(Dataset full, int[] queries, ClassTargets targets, Norm norm) {
        AtomicLong sharedMaxBits = new AtomicLong(Double.doubleToLongBits(0.0));
        int d = full.cols();
        float[] features = full.features();
        int chunks = (queries.length + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double[] q = new double[d];
            double[] scratch = targets.scratch();
            int end = Math.min(queries.length, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                int base = queries[i] * d;
                for (int j = 0; j < d; j++) {
                    q[j] = features[base + j];
                }
                double floor = Double.longBitsToDouble(sharedMaxBits.get());
                double nearest = targets.nearestAbove(q, floor, scratch);
                if (nearest > floor) {
                    raise(sharedMaxBits, nearest);
                }
            }
        });
        return norm.fromRaw(Double.longBitsToDouble(sharedMaxBits.get()));
    }

    /** Raises the shared maximum to at least {@code value}. */
    private static void raise(AtomicLong maxBits, double value) {
        long bits = Double.doubleToLongBits(value);
        while (true) {
            long current = maxBits.get();
            if (Double.longBitsToDouble(current) >= value || maxBits.compareAndSet(current, bits)) {
                return;
            }
        }
    }
}
