package org.greentrain.cli.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.FileColumns;
import org.greentrain.cli.common.IntraOpThreads;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.OutputTarget;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.train.io.InputSchema;
import org.greentrain.train.io.ModelStore;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.ClassWeighting;
import org.greentrain.train.trainer.DataPlan;
import org.greentrain.train.trainer.EarlyStopping;
import org.greentrain.train.trainer.FittedModel;
import org.greentrain.train.trainer.NonFiniteLossException;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain train}: trains a network given as a model spec on a built-in dataset or the user's own table,
 * with the energy of every epoch, then prints the test metrics, time, energy and carbon. Every option is checked, and
 * the spec is checked against the data's shape, before the first step; a diverging loss stops the run with exit code
 * 2 and a hint to lower the learning rate.
 */
@Command(name = "train", sortOptions = false,
        description = "Train an MLP or CNN, given as a model spec, with energy per epoch and full test metrics.",
        footer = {"", "Model specs (FAMILY:key=value,...; or a JSON object with \"model\": FAMILY):",
                "  mlp:hidden=64-32[,activation=relu|tanh|sigmoid|none,dropout=0.1,batchnorm=on]",
                "  mlp-paper[:dropout=0.25]   (the data-reduction paper's d-50-45-...-10-C)",
                "  simplecnn:conv=M,linear=N[,relu=off]   densepoly:linear=N",
                "  denselinear:linear=N",
                "  cnn:conv=16k3p1-bn-relu-max2/32k3p1-relu-max2,hidden=128",
                "", "Examples:",
                "  greentrain train --dataset mnist --model simplecnn:conv=2,linear=3 \\",
                "      --epochs 2 --lr 0.005",
                "  greentrain train --input data.csv --label class --model mlp-paper \\",
                "      --epochs 50 --reduce srs:0.3",
                "  greentrain train --dataset spambase --model mlp:hidden=64-32 \\",
                "      --save spam-model --json"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatasetOptions data;

    @Option(names = "--model", required = true, paramLabel = "SPEC",
            description = "The network, e.g. simplecnn:conv=2,linear=3 or mlp:hidden=64-32 (see below).")
    String model;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data (default: 25).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Examples per step (default: 512).")
    Integer batch;

    @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate (default: 0.001 for Adam).")
    Double lr;

    @Option(names = "--optimizer", paramLabel = "SPEC", defaultValue = "adam",
            description = "adam[:beta1=0.9,beta2=0.999,eps=1e-8,weight_decay=0] or "
                    + "sgd[:lr=0.001,momentum=0,weight_decay=0] (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--reduce", paramLabel = "PLAN",
            description = "Train on a reduced set: METHOD:KEEP such as srs:0.3, or fes:KEEP,init=EPOCHS "
                    + "(forgetting events); its cost is counted.")
    String reduce;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the weights, batch order, test split and reduction (default: 1234).")
    Long seed;

    @Option(names = "--class-weights", paramLabel = "WEIGHTS",
            description = "none, balanced (N / (C n_c)) or one weight per class such as 1,2.5,1 (default: none).")
    String classWeights;

    @Option(names = "--early-stop", paramLabel = "RULE",
            description = "Stop when the test set stops improving: loss:PATIENCE or accuracy:PATIENCE[:MIN_DELTA].")
    String earlyStop;

    @Option(names = "--test-fraction", paramLabel = "F",
            description = "Share of rows held out for testing, stratified, for data without an official test part "
                    + "(default: 0.25).")
    Double testFraction;

    @Option(names = "--scale", paramLabel = "METHOD",
            description = "Feature scaling fitted on the training part: minmax, zscore or none (default: minmax for "
                    + "tables, none for images).")
    ScaleChoice scale;

    @Option(names = "--threads", paramLabel = "N",
            description = "PyTorch intra-op threads (default: PyTorch's choice, one per core).")
    Integer threads;

    @Option(names = "--save", paramLabel = "DIR",
            description = "Save the trained model (DJL parameters, spec, input columns, scaling, training record) to "
                    + "this new directory, for greentrain predict.")
    Path save;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ModelSpec modelSpec = ModelSpecs.parse(model);
        long runSeed = seed != null ? seed : TrainingConfig.defaults().initSeed();
        TrainingConfig config = config(runSeed);
        DataPlan plan = reduce == null ? DataPlan.FULL : DataPlan.parse(reduce, runSeed);
        if (save != null) {
            requireFreshDirectory(save);
            OutputTarget.directory("--save", save);
        }
        MeterConfig meterConfig = meterOptions.toConfig();
        if (threads != null) {
            IntraOpThreads.set(threads);
        }
        LoadedDataset loaded = data.load();
        TrainingData prepared = TrainingData.prepare(loaded, testFraction, scale, runSeed);
        // a spec that does not fit the data fails here, before the meter notes and any tensor
        modelSpec.resolve(ModelInput.of(prepared.train()));
        InputSchema input = save == null ? null : new InputSchema(prepared.train().featureNames(),
                FileColumns.labelName(data.input(), data.label(), loaded.train()), prepared.scaler());
        EnergyMeter meter = EnergyMeter.discover(meterConfig);
        if (!output.quiet()) {
            meter.hints().forEach(h -> spec.commandLine().getErr().println("note: " + h));
        }
        TrainingRequest request = TrainingRequest.of(modelSpec, prepared.train(), prepared.test())
                .withConfig(config).withDataPlan(plan);
        TrainingRun run = train(new Trainer(meter), request, prepared, input);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(TrainingJson.toJson(run)));
        } else {
            out.print(TrainingText.render(run));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Trains, and saves the model with {@code input} (its columns and scaling) when {@code --save} is given. */
    private TrainingRun train(Trainer trainer, TrainingRequest request, TrainingData prepared, InputSchema input) {
        try (TrainProgress progress = TrainProgress.startIf(output.progress());
             FittedModel fitted = trainer.fit(progress == null ? request : request.withListener(progress))) {
            Path savedTo = null;
            if (save != null) {
                savedTo = save.toAbsolutePath();
                ModelStore.save(fitted.model(), fitted.result(), input, savedTo);
            }
            return new TrainingRun(fitted.result(), data.displayName(), prepared.split(), prepared.scaling(),
                    IntraOpThreads.current(), savedTo);
        } catch (NonFiniteLossException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Refuses a save target that holds files, before any training time is spent. */
    private static void requireFreshDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            }
        }
        if (Files.exists(dir)) {
            throw new UsageException("--save " + dir + " already exists: give a new or empty directory");
        }
    }

    /** The hyperparameters: the library's defaults, changed by the options given. */
    private TrainingConfig config(long runSeed) {
        TrainingConfig config = TrainingConfig.defaults().withOptimizer(OptimizerText.withLearningRate(optimizer, lr))
                .withSeed(runSeed);
        if (epochs != null) {
            config = config.withEpochs(epochs);
        }
        if (batch != null) {
            config = config.withBatchSize(batch);
        }
        if (classWeights != null) {
            config = config.withClassWeights(ClassWeighting.parse(classWeights));
        }
        if (earlyStop != null) {
            config = config.withEarlyStopping(EarlyStopping.parse(earlyStop));
        }
        return config;
    }
}
