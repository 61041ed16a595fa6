package org.greentrain.train.profile;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.trainer.BatchProgress;
import org.greentrain.train.trainer.DataPlan;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingListener;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;

/**
 * Measures where the energy of a training interval goes inside the model. Three runs of the ordinary {@link Trainer},
 * each on a freshly initialised network with the same seed, so they compute the same steps:
 * <ol>
 *   <li>a short warm-up ({@code warmupBatches} steps, not measured) that loads native code and warms caches;</li>
 *   <li>the interval without the profiler: its wall time and joules give the throughput training should have;</li>
 *   <li>the interval under PyTorch's operator profiler ({@code JniUtils.startProfile/stopProfile}), with the meter
 *   measuring exactly the profiled steps and a {@link StageMarker} at every step-stage boundary.</li>
 * </ol>
 * The trace is then read ({@link ChromeTraceReader}), nested ({@link TraceForest}), mapped to layer types and passes
 * ({@link OperatorClassifier}), and the interval's joules are shared out in proportion to time
 * ({@link EnergyAttribution}), beside the layers' analytic FLOPs ({@link FlopModel}).
 *
 * <p>CPU only: on a GPU the profiler's CPU-side operator times would not be the kernels' times. One profile at a time
 * per JVM, since the profiler is process-wide.
 */
public final class OperatorProfiler {

    private final EnergyMeter meter;

    /** A profiler measuring with {@code meter}. */
    public OperatorProfiler(EnergyMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /**
     * Profiles {@code request}.
     *
     * @throws IllegalArgumentException when the spec does not fit the data or the settings cannot train
     * @throws TraceFormatException     when the recorded trace cannot be read
     */
    public LayerProfile profile(ProfileRequest request) {
        TrainingConfig config = request.config().withEarlyStopping(null).withEvaluateEachEpoch(false);
        Dataset train = request.batches() == 0 ? request.train()
                : head(request.train(), (long) request.batches() * config.batchSize());
        Architecture architecture = request.spec().resolve(ModelInput.of(train));
        int steps = (train.rows() + config.batchSize() - 1) / config.batchSize() * config.epochs();
        Path traceFile = traceFile(request.traceOut());
        boolean kept = false;
        try {
            if (request.warmupBatches() > 0) {
                warmUp(request, head(train, (long) request.warmupBatches() * config.batchSize()),
                        config.withEpochs(1));
            }
            Interval unprofiled = measure(request, train, config, null, ProfileRun.UNPROFILED, steps);
            Interval profiled = measure(request, train, config, traceFile, ProfileRun.PROFILED, steps);
            if (request.traceOut() != null) {
                Files.move(traceFile, request.traceOut(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                traceFile = request.traceOut();
                kept = true;
            }
            OperatorTrace trace = ChromeTraceReader.read(traceFile);
            TraceBreakdown breakdown = OperatorClassifier.classify(trace, TraceForest.of(trace)).breakdown();
            List<LayerCost> costs = FlopModel.of(architecture);
            Measurement interval = profiled.measurement();
            List<LayerTypeEnergy> rows = EnergyAttribution.attribute(breakdown, interval, costs, profiled.samples());
            ProfilerOverhead overhead = new ProfilerOverhead(profiled.samples(),
                    unprofiled.measurement().durationSeconds(), interval.durationSeconds(),
                    unprofiled.measurement().energyJoules(), interval.energyJoules());
            RunEnvironment environment = RunEnvironment.capture(meter, Map.of("djl", Engine.getDjlVersion(),
                    "pytorch", Engine.getEngine("PyTorch").getVersion()));
            return new LayerProfile(architecture.spec(), train.name(), costs, config.epochs(), config.batchSize(),
                    profiled.samples(), interval, rows, breakdown, overhead,
                    EnergyAttribution.note(interval), kept ? traceFile : null, JniUtils.getNumThreads(), environment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the trace as " + request.traceOut() + ": " + e.getMessage(), e);
        } finally {
            if (!kept) {
                deleteQuietly(traceFile);
            }
        }
    }

    /** The measurement of one interval and the examples it trained on. */
    private record Interval(Measurement measurement, long samples) {
    }

    private Interval measure(ProfileRequest request, Dataset train, TrainingConfig config, Path traceFile,
                             ProfileRun run, int steps) {
        request.listener().onRun(run, steps);
        try (IntervalListener interval = new IntervalListener(meter, traceFile, run, request.listener())) {
            TrainingResult result = new Trainer(meter).train(new TrainingRequest(request.spec(), train, null, config,
                    DataPlan.FULL, interval));
            long samples = result.epochs().stream().mapToLong(EpochRecord::trainRows).sum();
            return new Interval(interval.measurement(), samples);
        }
    }

    /** Trains a few unmeasured steps, reporting them as the warm-up run. */
    private void warmUp(ProfileRequest request, Dataset rows, TrainingConfig config) {
        ProfileListener progress = request.listener();
        progress.onRun(ProfileRun.WARMUP, (rows.rows() + config.batchSize() - 1) / config.batchSize());
        TrainingListener listener = new TrainingListener() {
            private int step;

            @Override
            public void onBatch(BatchProgress p) {
                progress.onStep(ProfileRun.WARMUP, ++step);
            }
        };
        new Trainer(meter).train(new TrainingRequest(request.spec(), rows, null, config, DataPlan.FULL, listener));
    }

    /** The first {@code rows} rows of {@code data} (all of them when it has fewer). */
    private static Dataset head(Dataset data, long rows) {
        int n = (int) Math.min(data.rows(), rows);
        if (n == data.rows()) {
            return data;
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return data.subset(indices);
    }

    /**
     * A new temporary file for the profiler to write: in tmp when the trace is not kept, else beside {@code keep} (so
     * it can be moved there) and with the default permissions, since it becomes the user's file.
     */
    private static Path traceFile(Path keep) {
        try {
            if (keep == null) {
                return Files.createTempFile("greentrain-trace-", ".json");
            }
            if (Files.exists(keep) && !Files.isRegularFile(keep)) {
                // moving the trace over a device or pipe would replace the node itself
                throw new IllegalArgumentException("cannot write the trace to " + keep
                        + ": it exists and is not a regular file");
            }
            Path dir = keep.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("cannot write the trace to " + keep + ": directory " + dir
                        + " does not exist");
            }
            for (int attempt = 0; ; attempt++) {
                try {
                    return Files.createFile(dir.resolve("." + keep.getFileName() + "." + ProcessHandle.current().pid()
                            + "-" + attempt + ".tmp"));
                } catch (FileAlreadyExistsException e) {
                    // a leftover of an earlier run: try the next name
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary trace file: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the profile itself is complete
        }
    }
}
