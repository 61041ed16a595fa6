package org.greentrain.reduce.reducer;

import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.energy.Measurement;
import org.greentrain.reduce.Reducer;
import org.greentrain.reduce.Reduction;

/**
 * The part every reducer shares: input checks, measuring the reduction with the energy meter, and packing the method's
 * {@link Selection} into a {@link Reduction}. A method only implements {@link #select}.
 */
public abstract class BaseReducer implements Reducer {

    private final String method;

    protected BaseReducer(String method) {
        this.method = Objects.requireNonNull(method, "method");
    }

    @Override
    public final String method() {
        return method;
    }

    @Override
    public final Reduction reduce(Dataset data, double keepFraction, long seed, EnergyMeter meter) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(meter, "meter");
        checkKeepFraction(keepFraction);
        if (data.rows() == 0) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has no rows; nothing to reduce");
        }
        Selection selection;
        Dataset reduced;
        Measurement measurement;
        try (EnergyTracker tracker = meter.start("reduce-" + method)) {
            selection = select(data, keepFraction, seed);
            reduced = selection.build(data, data.name() + "-" + method);
            measurement = tracker.stop();
        }
        return new Reduction(method, params().asMap(), keepFraction, seed, reduced, selection.sourceRows(),
                data.rows(), measurement, selection.notes());
    }

    /**
     * Chooses the rows. Called with a non-empty dataset and a keep fraction in (0, 1].
     */
    protected abstract Selection select(Dataset data, double keepFraction, long seed);

    /** Rejects a keep fraction outside (0, 1], NaN included. */
    public static void checkKeepFraction(double keepFraction) {
        if (!(keepFraction > 0 && keepFraction <= 1)) {
            throw new IllegalArgumentException("keep fraction must be in (0, 1], got " + keepFraction);
        }
    }

    /**
     * The classes that {@code include} accepts, largest first (ties by label): the order that makes per-class tasks
     * longest-processing-time-first scheduling, since a class's work grows with its size.
     */
    protected static int[] largestFirst(int[] counts, IntPredicate include) {
        return IntStream.range(0, counts.length).filter(include).boxed()
                .sorted((x, y) -> Integer.compare(counts[y], counts[x])).mapToInt(Integer::intValue).toArray();
    }

    /** Notes that class {@code label} has rows but its size rule gave it none. */
    protected final void noteEmptyClass(Selection selection, Dataset data, int label, int classRows,
                                        double keepFraction, String rule) {
        selection.note(method + ": class " + className(data, label) + " has " + rows(classRows) + "; " + rule + "("
                + keepFraction + " x " + classRows + ") = 0, so it contributes no rows");
    }

    /** "1 row" or "n rows", for notes. */
    protected static String rows(int n) {
        return n + (n == 1 ? " row" : " rows");
    }

    /** The display name of class {@code label}, quoted, for notes. */
    protected static String className(Dataset data, int label) {
        return "'" + data.classNames().get(label) + "'";
    }
}
