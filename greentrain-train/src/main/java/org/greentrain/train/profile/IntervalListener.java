package org.greentrain.train.profile;

import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.energy.Measurement;
import org.greentrain.train.trainer.BatchProgress;
import org.greentrain.train.trainer.StepStage;
import org.greentrain.train.trainer.TrainingListener;

/**
 * Bounds the measured interval of one training run: from the first step's first stage to the end of the last step of
 * the last epoch, so model building, copying the data into engine memory and the epoch's final bookkeeping stay
 * outside. When given a trace file it also runs PyTorch's operator profiler over exactly that interval (started
 * before the meter and stopped after it, so neither the profiler's start nor the writing of the trace is metered)
 * and marks every stage boundary with a {@link StageMarker}.
 */
final class IntervalListener implements TrainingListener, AutoCloseable {

    private final EnergyMeter meter;
    private final Path traceFile;
    private final MarkerEmitter markers;
    private final ProfileRun run;
    private final ProfileListener progress;
    private EnergyTracker tracker;
    private Measurement measurement;
    private boolean profiling;
    private int steps;

    /**
     * @param traceFile where the profiler writes its trace, or null to measure without profiling
     */
    IntervalListener(EnergyMeter meter, Path traceFile, ProfileRun run, ProfileListener progress) {
        this.meter = meter;
        this.traceFile = traceFile;
        this.markers = traceFile == null ? null : new MarkerEmitter();
        this.run = run;
        this.progress = progress;
    }

    @Override
    public void onStepStage(StepStage stage) {
        if (tracker == null && measurement == null) {
            if (markers != null) {
                JniUtils.startProfile(false, true, false);
                profiling = true;
            }
            tracker = meter.start(run.id() + " interval");
        }
        if (profiling) {
            markers.emit(stage);
        }
    }

    @Override
    public void onBatch(BatchProgress p) {
        progress.onStep(run, ++steps);
        if (p.epoch() == p.epochs() && p.batch() == p.batches()) {
            finish();
        }
    }

    /** The measurement of the interval, once the last step is done. */
    Measurement measurement() {
        if (measurement == null) {
            throw new IllegalStateException("the " + run.id() + " interval has not finished");
        }
        return measurement;
    }

    private void finish() {
        measurement = tracker.stop();
        tracker = null;
        stopProfiler();
    }

    private void stopProfiler() {
        if (profiling) {
            profiling = false;
            JniUtils.stopProfile(traceFile.toString());
        }
    }

    /** Stops the meter and the profiler if a failed run left them running, and frees the marker tensors. */
    @Override
    public void close() {
        if (tracker != null) {
            tracker.stop();
            tracker = null;
        }
        stopProfiler();
        if (markers != null) {
            markers.close();
        }
    }
}
