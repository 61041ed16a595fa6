package org.greentrain.train.profile;

import java.util.List;

/**
 * Where the operator time of a trace went: self time per layer type and pass, the operators no rule maps, and what
 * was left out (the stage markers). Every event's self time is in exactly one of {@link #rows()} or
 * {@link #markerSeconds()}, so {@code operatorSeconds + markerSeconds} is the time the top-level events cover.
 *
 * @param rows            self time per (type, pass), only those with time, in type then pass order
 * @param unmapped        the operators counted as {@link LayerType#OTHER}, longest first
 * @param operatorSeconds self time of all non-marker events, the sum of {@code rows}
 * @param markerSeconds   self time of the stage markers, which belongs to no layer
 * @param events          events in the trace
 * @param threads         recording threads
 * @param steps           training steps seen (data-stage markers); 0 for a trace without markers
 */
public record TraceBreakdown(List<OperatorTime> rows, List<UnmappedOperator> unmapped, double operatorSeconds,
                             double markerSeconds, int events, int threads, int steps) {

    public TraceBreakdown {
        rows = List.copyOf(rows);
        unmapped = List.copyOf(unmapped);
    }

    /** Seconds of {@code type} in {@code pass}, 0 when none. */
    public double seconds(LayerType type, Pass pass) {
        return rows.stream().filter(r -> r.type() == type && r.pass() == pass).mapToDouble(OperatorTime::seconds)
                .sum();
    }
}
