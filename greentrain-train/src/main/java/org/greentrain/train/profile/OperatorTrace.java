package org.greentrain.train.profile;

import java.util.Arrays;
import java.util.List;
import org.greentrain.train.trainer.StepStage;

/**
 * The complete events of one operator trace, held column-wise so that a million events cost tens of megabytes:
 * per event its operator name (an index into {@link #names()}), recording thread, start and duration in integer
 * nanoseconds, and the step stage it marks when it is a {@link StageMarker}. Events keep their order in the file.
 */
public final class OperatorTrace {

    private static final StepStage[] STAGES = StepStage.values();

    private final List<String> names;
    private final int threads;
    private final int[] name;
    private final int[] thread;
    private final long[] startNanos;
    private final long[] durationNanos;
    private final byte[] marker;
    private final int size;

    OperatorTrace(List<String> names, int threads, int[] name, int[] thread, long[] startNanos, long[] durationNanos,
                  byte[] marker, int size) {
        this.names = List.copyOf(names);
        this.threads = threads;
        this.name = Arrays.copyOf(name, size);
        this.thread = Arrays.copyOf(thread, size);
        this.startNanos = Arrays.copyOf(startNanos, size);
        this.durationNanos = Arrays.copyOf(durationNanos, size);
        this.marker = Arrays.copyOf(marker, size);
        this.size = size;
    }

    /** Number of events. */
    public int size() {
        return size;
    }

    /** The distinct operator names, indexed by {@link #nameIndex(int)}. */
    public List<String> names() {
        return names;
    }

    /** Number of distinct recording threads. */
    public int threads() {
        return threads;
    }

    /** The operator name of event {@code i}. */
    public String name(int i) {
        return names.get(name[i]);
    }

    /** The index in {@link #names()} of event {@code i}'s operator. */
    public int nameIndex(int i) {
        return name[i];
    }

    /** The recording thread of event {@code i}, numbered from 0 in order of first appearance. */
    public int thread(int i) {
        return thread[i];
    }

    /** Start of event {@code i}, nanoseconds on the profiler's clock. */
    public long startNanos(int i) {
        return startNanos[i];
    }

    /** Duration of event {@code i} in nanoseconds, never negative. */
    public long durationNanos(int i) {
        return durationNanos[i];
    }

    /** The step stage event {@code i} marks, or null when it is an ordinary operator. */
    public StepStage marker(int i) {
        return marker[i] < 0 ? null : STAGES[marker[i]];
    }
}
