package org.greentrain.reduce.metric;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.support.Seeds;

/**
 * ε-representativeness (spec §2.1): for each class, the largest distance from a full row to its nearest reduced row of
 * the same class (the directed Hausdorff distance), and the maximum over classes. L∞ by default, as in the authors'
 * code; L2 on request.
 *
 * <p>Exact, with no approximation: brute force over column-major blocks (SIMD) with the early break of Taha and
 * Hanbury, which stops scanning a full row as soon as some reduced row is closer than the largest nearest-distance
 * found so far, because that row can no longer raise the maximum. The answer does not depend on the scan order or the
 * number of threads. Rows are processed in parallel chunks.
 *
 * <p>Deviation: a class present in the full data but absent from the reduced data gets +∞ and is listed in
 * {@link EpsilonResult#missingClasses()}; the original silently skips it.
 */
public final class EpsilonRepresentativeness {

    private static final int BLOCK = 64;
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
                perClass[c] = directedHausdorff(PointColumns.of(full, queries), shuffled(reduced, targets), norm);
            }
            overall = Math.max(overall, perClass[c]);
        }
        return new EpsilonResult(overall, perClass, java.util.Arrays.copyOf(missing, missingCount), norm);
    }

    /** Targets in a fixed pseudo-random order, so that sorted inputs cannot defeat the early break. */
    private static PointColumns shuffled(Dataset reduced, int[] targets) {
        int[] order = targets.clone();
        Seeds.shuffle(order, new SplittableRandom(Seeds.derive(0x5eed, targets.length)));
        return PointColumns.of(reduced, order);
    }

    /** max over queries of the distance to the nearest target. */
    static double directedHausdorff(PointColumns queries, PointColumns targets, Norm norm) {
        AtomicLong sharedMaxBits = new AtomicLong(Double.doubleToLongBits(0.0));
        int chunks = (queries.size() + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double[] q = new double[queries.dims()];
            double[] scratch = new double[targets.size()];
            double localMax = Double.longBitsToDouble(sharedMaxBits.get());
            int end = Math.min(queries.size(), (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                queries.point(i, q);
                double nearest = nearestAbove(q, targets, norm, localMax, scratch);
                if (nearest > localMax) {
                    localMax = raise(sharedMaxBits, nearest);
                }
            }
        });
        return norm.fromRaw(Double.longBitsToDouble(sharedMaxBits.get()));
    }

    /**
     * The raw distance from {@code q} to its nearest target, or any value ≤ {@code floor} as soon as a target that
     * close is found (the early break).
     */
    private static double nearestAbove(double[] q, PointColumns targets, Norm norm, double floor, double[] scratch) {
        double nearest = Double.POSITIVE_INFINITY;
        int n = targets.size();
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            targets.rawDistances(q, norm, from, to, scratch);
            for (int i = from; i < to; i++) {
                nearest = Math.min(nearest, scratch[i]);
            }
            if (nearest <= floor) {
                return nearest;
            }
        }
        return nearest;
    }

    /** Raises the shared maximum to at least {@code value}; returns the maximum after the update. */
    private static double raise(AtomicLong maxBits, double value) {
        long bits = Double.doubleToLongBits(value);
        while (true) {
            long current = maxBits.get();
            if (Double.longBitsToDouble(current) >= value) {
                return Double.longBitsToDouble(current);
            }
            if (maxBits.compareAndSet(current, bits)) {
                return value;
            }
        }
    }
}
