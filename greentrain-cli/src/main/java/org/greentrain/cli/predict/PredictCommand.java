package org.greentrain.cli.predict;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.IntraOpThreads;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.OutputTarget;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.MeterConfig;
import org.greentrain.energy.Phase;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.train.io.ClassProbabilities;
import org.greentrain.train.io.ModelStore;
import org.greentrain.train.io.SavedModel;
import org.greentrain.train.metrics.ClassificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain predict}: applies a model saved by {@code train --save} to new raw rows. The input's columns are
 * matched to the model's by name, scaled with the scaler saved beside the model, and predicted in batches; the
 * predictions go to a CSV file or the output, and when the input holds labels they are evaluated. Inference is
 * measured like training, so the cost of a prediction is known too. Every check on the options, the model and the
 * input happens before the meter starts, and the output file is written only once every prediction is made.
 */
@Command(name = "predict", sortOptions = false,
        description = "Apply a saved model to new data: predictions with class probabilities, an evaluation when the "
                + "data has labels, and the energy per 1,000 predictions.",
        footer = {"", "Examples:",
                "  greentrain train --input data.csv --label class --model mlp:hidden=64 --save model",
                "  greentrain predict --model model --input new-rows.csv --out predictions.csv",
                "  greentrain predict --model model --input labelled.csv --json"})
public final class PredictCommand implements Callable<Integer> {

    /** The measured phase that covers scaling and the forward passes. */
    static final String INFERENCE = "inference";
    /** The measured phase that covers writing {@code --out}. */
    static final String WRITE_OUTPUT = "write-output";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "The model directory written by greentrain train --save.")
    Path model;

    @Mixin
    DatasetOptions data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the predictions as CSV (index, predicted, p_CLASS...) to this file instead of "
                    + "printing them.")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "PyTorch intra-op threads (default: PyTorch's choice, one per core).")
    Integer threads;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        data.requireOneSource();
        if (out != null) {
            OutputTarget.file("--out", out, "predictions.csv");
        }
        MeterConfig meterConfig = meterOptions.toConfig();
        if (threads != null) {
            IntraOpThreads.set(threads);
        }
        try (SavedModel saved = ModelStore.loadSaved(model)) {
            PredictionInput input = InputReader.read(data, saved);
            EnergyMeter meter = EnergyMeter.discover(meterConfig);
            if (!output.quiet()) {
                meter.hints().forEach(h -> spec.commandLine().getErr().println("note: " + h));
            }
            PredictionRun run = predict(saved, input, meter);
            PrintWriter stdout = spec.commandLine().getOut();
            if (output.json()) {
                stdout.println(Json.write(PredictionJson.toJson(run)));
            } else {
                stdout.print(PredictionText.render(run));
            }
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** Predicts, evaluates and writes the output under the meter. */
    private PredictionRun predict(SavedModel saved, PredictionInput input, EnergyMeter meter) throws IOException {
        try (EnergyTracker tracker = meter.start("predict")) {
            ClassProbabilities predictions;
            try (Phase phase = tracker.phase(INFERENCE)) {
                predictions = saved.predict(input.features(), input.name());
            }
            ClassificationReport evaluation = input.labelled() ? ClassificationReport.of(input.labels(),
                    predictions.predicted(), saved.classNames(), predictions.meanCrossEntropy(input.labels())) : null;
            Path written = null;
            if (out != null) {
                try (Phase phase = tracker.phase(WRITE_OUTPUT)) {
                    PredictionCsv.write(out, input.rowIds(), predictions, saved.classNames());
                }
                written = out.toAbsolutePath();
            }
            Measurement measurement = tracker.stop();
            return new PredictionRun(saved.directory().toAbsolutePath(), saved.network().architecture().spec(),
                    saved.network().parameterCount(), saved.input().scaling(), saved.classNames(), input, predictions,
                    evaluation, written, IntraOpThreads.current(), measurement, environment(meter));
        }
    }

    private static RunEnvironment environment(EnergyMeter meter) {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("djl", Engine.getDjlVersion());
        libraries.put("pytorch", Engine.getInstance().getVersion());
        return RunEnvironment.capture(meter, libraries);
    }
}
