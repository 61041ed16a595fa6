package org.greentrain.cli.tune;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.study.tuning.SpaceMapping;
import org.greentrain.study.tuning.TrainingObjective;
import org.greentrain.study.tuning.TuningData;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The training objective of {@code greentrain tune}: each trial trains a network on a dataset {@code --repeats}
 * times and scores the mean test accuracy; its energy is the sum of the repeats' measured joules. The space's
 * parameters map onto the optimizer, batch size, epochs and model-spec keys ({@link SpaceMapping}); see
 * {@link TrainingObjective} for repeats, pruning and diverged runs.
 */
public final class TrainingObjectiveOptions implements ObjectiveFactory {

    @Mixin
    DatasetOptions data;

    @Option(names = "--model", paramLabel = "SPEC",
            description = "The network each trial trains (default: simplecnn for images, mlp-paper for tables); space "
                    + "parameters named like its keys override them, e.g. conv=1..4:int.")
    String model;

    @Option(names = "--optimizer", paramLabel = "SPEC", defaultValue = "adam",
            description = "The base optimizer, adam[:lr=,beta1=,beta2=,eps=,weight_decay=] or sgd[:lr=,momentum=,"
                    + "weight_decay=] (PyTorch's defaults); space parameters override its settings (default: "
                    + "${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "25",
            description = "Epochs per training unless the space has 'epochs' (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "512",
            description = "Batch size unless the space has 'batch' (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "1",
            description = "Trainings per trial, with seeds --train-seed, +1, ...; the trial's value is their mean "
                    + "test accuracy and its energy their summed joules (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--train-seed", paramLabel = "N", defaultValue = "1234",
            description = "Seed of the first training of every trial (weights and batch order) (default: "
                    + "${DEFAULT-VALUE}).")
    long trainSeed;

    @Option(names = "--train-rows", paramLabel = "N", defaultValue = "0",
            description = "Train on a seeded stratified subset of N training rows (default: all).")
    int trainRows;

    @Option(names = "--test-rows", paramLabel = "N", defaultValue = "0",
            description = "Score on a seeded stratified subset of N test rows (default: all).")
    int testRows;

    private MeterConfig meterConfig = MeterConfig.defaults();
    private String described;

    /** Whether the user named a dataset or a model: then trials train. */
    @Override
    public boolean given() {
        return data.given() || model != null;
    }

    /** A training trial scores its mean test accuracy, so a new study maximises it. */
    @Override
    public Optional<List<Goal>> defaultGoals() {
        return Optional.of(List.of(new Goal(TrainingObjective.ACCURACY, Direction.MAXIMIZE)));
    }

    /** Measures trainings with this meter configuration (the command's meter options). */
    public TrainingObjectiveOptions measuredWith(MeterConfig config) {
        this.meterConfig = config;
        return this;
    }

    @Override
    public Objective create(SearchSpace space, List<Goal> goals) {
        try {
            TrainingObjective.checkGoals(goals);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (repeats < 1) {
            throw new UsageException("--repeats must be at least 1, got " + repeats);
        }
        LoadedDataset loaded;
        try {
            loaded = data.load();
        } catch (IOException e) {
            throw new UsageException("cannot read the data: " + e.getMessage(), e);
        }
        TuningData rows = TuningData.prepare(loaded, trainRows, testRows, trainSeed);
        ModelSpec spec = ModelSpecs.parse(modelSpec(loaded));
        TrainingConfig base = TrainingConfig.defaults().withOptimizer(optimizer).withEpochs(epochs)
                .withBatchSize(batch);
        SpaceMapping mapping = SpaceMapping.of(space, spec, base, ModelInput.of(rows.train()));
        described = String.format(Locale.ROOT, "training: %s, %s, batch %d, %d epoch(s), %d repeat(s) (seeds %d+r) "
                        + "on %s; value = mean test accuracy of the repeats, energy = their summed joules",
                spec.canonical(), base.optimizer().canonical(), batch, epochs, repeats, trainSeed, rows.description());
        return new TrainingObjective(EnergyMeter.discover(meterConfig), rows, mapping, repeats, trainSeed);
    }

    /**
     * {@code tune-DATA-FAMILY-} plus 8 hex digits of the SHA-256 of the settings that define a trial (data, model,
     * optimizer, epochs, batch, repeats, rows, seed): the same options continue the same study.
     */
    @Override
    public String defaultStudyName() {
        String dataName = data.given() ? data.displayName() : "data";
        String family = model == null ? "model" : model.split("[:{]", 2)[0].strip();
        String key = String.join("\u0000", dataName, String.valueOf(model), optimizer, Integer.toString(epochs),
                Integer.toString(batch), Integer.toString(repeats), Integer.toString(trainRows),
                Integer.toString(testRows), Long.toString(trainSeed));
        String base = ("tune-" + dataName + "-" + family).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return base + "-" + sha256(key).substring(0, 8);
    }

    @Override
    public String describe() {
        return described != null ? described : "training: " + (model == null ? "default model" : model) + " on "
                + (data.given() ? data.displayName() : "no data");
    }

    private String modelSpec(LoadedDataset loaded) {
        if (model != null) {
            return model;
        }
        return loaded.train().imageShape() != null ? "simplecnn" : "mlp-paper";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
