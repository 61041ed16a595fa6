package org.greentrain.cli.profile;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.IntraOpThreads;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.train.profile.LayerProfile;
import org.greentrain.train.profile.OperatorProfiler;
import org.greentrain.train.profile.ProfileListener;
import org.greentrain.train.profile.ProfileRequest;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.NonFiniteLossException;
import org.greentrain.train.trainer.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain profile}: trains an interval (whole epochs, or the first batches of each) under PyTorch's operator
 * profiler, measures exactly that interval with the meter, and prints the time share, joules and analytic FLOPs per
 * layer type and pass, the attribution model, and the profiler's own overhead. Every option, the spec and the data
 * are checked before any training.
 */
@Command(name = "profile", sortOptions = false,
        description = "Energy per layer type: train under PyTorch's operator profiler and share out the measured "
                + "joules by operator time, beside each layer's FLOPs and parameters.",
        footer = {"", "Examples:",
                "  greentrain profile --dataset fashion-mnist --model simplecnn:conv=4,linear=3 --epochs 1",
                "  greentrain profile --dataset mnist --model simplecnn:conv=1,linear=3 --batches 50 --json",
                "  greentrain profile --dataset mnist --model cnn:conv=16k3p1-bn-relu-max2,hidden=64 \\",
                "      --batches 20 --trace-out trace.json   (open the trace in chrome://tracing or Perfetto)"})
public final class ProfileCommand implements Callable<Integer> {

    private static final Pattern LR_KEY = Pattern.compile("[:,]\\s*lr\\s*=", Pattern.CASE_INSENSITIVE);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatasetOptions data;

    @Option(names = "--model", required = true, paramLabel = "SPEC",
            description = "The network, e.g. simplecnn:conv=4,linear=3 (the specs of 'greentrain train').")
    String model;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "1",
            description = "Epochs in the profiled interval (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batches", paramLabel = "N",
            description = "Profile only the first N batches of each epoch (default: whole epochs).")
    Integer batches;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "512",
            description = "Examples per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate (default: 0.001 for Adam).")
    Double lr;

    @Option(names = "--optimizer", paramLabel = "SPEC", defaultValue = "adam",
            description = "adam[:beta1=0.9,...] or sgd:lr=0.01[,momentum=0.9] (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1234",
            description = "Seed of the weights and batch order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "Unmeasured warm-up steps before the two measured runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N",
            description = "PyTorch intra-op threads (default: PyTorch's choice, one per core).")
    Integer threads;

    @Option(names = "--trace-out", paramLabel = "FILE",
            description = "Keep the raw Chrome trace of the profiled interval in FILE.")
    Path traceOut;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ModelSpec modelSpec = ModelSpecs.parse(model);
        TrainingConfig config = config();
        checkTraceOut();
        MeterConfig meterConfig = meterOptions.toConfig();
        if (threads != null) {
            IntraOpThreads.set(threads);
        }
        Dataset train = data.load().train();
        // a spec that does not fit the data fails here, before the meter notes and any tensor
        modelSpec.resolve(ModelInput.of(train));
        EnergyMeter meter = EnergyMeter.discover(meterConfig);
        if (!output.quiet()) {
            meter.hints().forEach(h -> spec.commandLine().getErr().println("note: " + h));
        }
        LayerProfile profile;
        try (ProfileProgress progress = ProfileProgress.startIf(output.progress())) {
            ProfileRequest request = new ProfileRequest(modelSpec, train, config, batches == null ? 0 : batches,
                    warmup, traceOut, progress == null ? ProfileListener.NONE : progress);
            profile = new OperatorProfiler(meter).profile(request);
        } catch (NonFiniteLossException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(ProfileJson.toJson(profile, data.displayName(), warmup)));
        } else {
            out.print(ProfileText.render(profile, data.displayName(), warmup));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private TrainingConfig config() {
        if (epochs < 1) {
            throw new UsageException("--epochs must be at least 1, got " + epochs);
        }
        if (batches != null && batches < 1) {
            throw new UsageException("--batches must be at least 1, got " + batches);
        }
        if (batch < 1) {
            throw new UsageException("--batch must be at least 1, got " + batch);
        }
        if (warmup < 0) {
            throw new UsageException("--warmup must be at least 0, got " + warmup);
        }
        return TrainingConfig.defaults().withOptimizer(optimizerText()).withEpochs(epochs).withBatchSize(batch)
                .withSeed(seed);
    }

    /** The optimizer spec with {@code --lr} merged in. */
    private String optimizerText() {
        String text = optimizer.strip();
        if (lr == null) {
            return text;
        }
        if (LR_KEY.matcher(text).find()) {
            throw new UsageException("the learning rate is given twice, by --lr and in --optimizer '" + text
                    + "': keep one");
        }
        String separator = !text.contains(":") ? ":" : text.endsWith(":") ? "" : ",";
        return text + separator + "lr=" + lr;
    }

    private void checkTraceOut() {
        if (traceOut == null) {
            return;
        }
        Path dir = traceOut.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException("--trace-out " + traceOut + ": directory " + dir + " does not exist");
        }
        if (Files.isDirectory(traceOut)) {
            throw new UsageException("--trace-out " + traceOut + " is a directory: give a file name");
        }
        if (Files.exists(traceOut) && !Files.isRegularFile(traceOut)) {
            throw new UsageException("--trace-out " + traceOut + " is not a regular file (a device or a pipe): give a"
                    + " file name");
        }
    }
}
