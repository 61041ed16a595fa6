package org.greentrain.train.profile;

/**
 * The nesting of a trace's events, which the profiler records only implicitly: on each thread an event is the child of
 * the innermost event whose time span contains its start. Built in O(n log n) by sorting each thread's events by
 * start (ties: the longer first, and for identical spans the one written later first, since the profiler writes an
 * event when it ends and an enclosing event ends last) and sweeping them with a stack of open events. A child that
 * outlasts its parent, which only rounding can cause, is clipped at the parent's end.
 *
 * <p>An event's <em>self</em> time is its (clipped) duration minus its children's. Children of one parent never
 * overlap and never leave it, so self times are never negative and their sum over all events equals the time covered
 * by the top-level events: nothing is counted twice.
 */
public final class TraceForest {

    private final int[] order;
    private final int[] parent;
    private final long[] selfNanos;
    private final long[] coveredNanos;

    private TraceForest(int[] order, int[] parent, long[] selfNanos, long[] coveredNanos) {
        this.order = order;
        this.parent = parent;
        this.selfNanos = selfNanos;
        this.coveredNanos = coveredNanos;
    }

    /** The nesting of {@code trace}'s events. */
    public static TraceForest of(OperatorTrace trace) {
        int n = trace.size();
        int[] order = IndexSort.sorted(n, (a, b) -> {
            int c = Integer.compare(trace.thread(a), trace.thread(b));
            if (c != 0) {
                return c;
            }
            c = Long.compare(trace.startNanos(a), trace.startNanos(b));
            if (c != 0) {
                return c;
            }
            c = Long.compare(trace.durationNanos(b), trace.durationNanos(a));
            return c != 0 ? c : Integer.compare(b, a);
        });
        int[] parent = new int[n];
        long[] end = new long[n];
        long[] self = new long[n];
        long[] covered = new long[trace.threads()];
        int[] stack = new int[Math.max(1, n)];
        int depth = 0;
        int thread = -1;
        for (int i : order) {
            long start = trace.startNanos(i);
            if (trace.thread(i) != thread) {
                thread = trace.thread(i);
                depth = 0;
            }
            while (depth > 0 && end[stack[depth - 1]] <= start) {
                depth--;
            }
            int p = depth > 0 ? stack[depth - 1] : -1;
            long e = start + trace.durationNanos(i);
            if (p >= 0 && e > end[p]) {
                e = end[p];
            }
            end[i] = e;
            parent[i] = p;
            self[i] = e - start;
            if (p >= 0) {
                self[p] -= e - start;
            } else {
                covered[thread] += e - start;
            }
            stack[depth++] = i;
        }
        return new TraceForest(order, parent, self, covered);
    }

    /**
     * The event at position {@code k} of the walk by thread, then start time, that visits each parent before its
     * children (a pre-order walk of the forest).
     */
    int ordered(int k) {
        return order[k];
    }

    /** The enclosing event of event {@code i}, or -1 for a top-level event. */
    public int parent(int i) {
        return parent[i];
    }

    /** Self time of event {@code i}: its duration less its children's, in nanoseconds. */
    public long selfNanos(int i) {
        return selfNanos[i];
    }

    /** Time covered by top-level events on thread {@code thread}, in nanoseconds. */
    public long coveredNanos(int thread) {
        return coveredNanos[thread];
    }

    /** Time covered by top-level events, summed over threads, in nanoseconds. */
    public long coveredNanos() {
        long sum = 0;
        for (long c : coveredNanos) {
            sum += c;
        }
        return sum;
    }
}
