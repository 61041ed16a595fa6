package org.greentrain.cli.reduce;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.greentrain.energy.Measurement;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.metric.EpsilonResult;

/**
 * One reduction as the command reports it: what the method kept and what it cost, its ε against the data it reduced,
 * the time ε took (not part of the reduction's cost), the file written, and the notes. It keeps counts, not the rows,
 * so that a table over many methods and fractions holds no reduced data.
 *
 * @param method         the method's id
 * @param params         the method's effective parameters
 * @param keepFraction   the fraction asked for
 * @param seed           the seed
 * @param size           rows kept
 * @param synthetic      rows made up by the method (CLC centroids)
 * @param classCounts    rows kept per class, by label
 * @param measurement    time and energy of the reduction itself
 * @param epsilon        ε of the reduced set against the working data
 * @param epsilonSeconds wall time of the ε computation
 * @param output         the file written, or null
 * @param notes          the method's notes, then the command's (for example that FES's cost includes training)
 */
record ReductionRun(String method, Map<String, String> params, double keepFraction, long seed, int size,
                    int synthetic, int[] classCounts, Measurement measurement, EpsilonResult epsilon,
                    double epsilonSeconds, Path output, List<String> notes) {

    ReductionRun {
        params = Map.copyOf(params);
        classCounts = classCounts.clone();
        notes = List.copyOf(notes);
    }

    /** The summary of {@code reduction}, with the command's notes after the method's. */
    static ReductionRun of(Reduction reduction, EpsilonResult epsilon, double epsilonSeconds, Path output,
                           List<String> commandNotes) {
        return new ReductionRun(reduction.method(), reduction.parameters(), reduction.keepFraction(),
                reduction.seed(), reduction.size(), reduction.syntheticCount(), reduction.data().classCounts(),
                reduction.measurement(), epsilon, epsilonSeconds, output,
                Stream.concat(reduction.notes().stream(), commandNotes.stream()).toList());
    }

    @Override
    public int[] classCounts() {
        return classCounts.clone();
    }
}
