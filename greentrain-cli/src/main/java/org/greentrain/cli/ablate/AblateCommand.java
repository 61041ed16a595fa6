package org.greentrain.cli.ablate;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.AblationProgress;
import org.greentrain.cli.common.ContentionGuardOptions;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.tune.StorageOptions;
import org.greentrain.data.split.Split;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.factorial.AblationDesign;
import org.greentrain.study.factorial.AblationResult;
import org.greentrain.study.factorial.AblationRunner;
import org.greentrain.study.factorial.Factor;
import org.greentrain.study.factorial.HyperparameterBox;
import org.greentrain.study.factorial.ModelFactors;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain ablate}: a factorial architecture study (the tuning paper's RQ2). Every cell of the factors is
 * trained with H random hyperparameter sets, R times each, every run's energy and accuracy stored as it ends; then
 * Kruskal-Wallis with η² per factor, the mean energy increase per level, per-cell medians with bootstrap intervals and
 * CV of energy, and the Table V low/high-energy clusters. Running the same command again resumes where it stopped.
 */
@Command(name = "ablate", sortOptions = false,
        description = "Factorial architecture study: which layers cost the energy, with Kruskal-Wallis and eta "
                + "squared per factor. Runs are stored; the same command resumes.",
        footer = {"", "Examples:",
                "  greentrain ablate --dataset fashion-mnist --model simplecnn \\",
                "      --factors conv=1,4 linear=3,7 relu=off,on --repeats 3 --hyper 2 --epochs 1",
                "  greentrain ablate --dataset fashion-mnist --factors conv=1,4 linear=3,7 relu=off,on \\",
                "      --repeats 2 --hyper 2 --epochs 1 --train-rows 12000 --storage sqlite:ablate.db --json",
                "", "The paper's full scale is --repeats 24 --hyper 16 --epochs 25 (6,144 runs on two datasets)."})
public final class AblateCommand implements Callable<Integer> {

    /** Share of the rows held out when the data has no official test part. */
    private static final double TEST_FRACTION = 0.2;

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions data;

    @Option(names = "--model", paramLabel = "SPEC", defaultValue = "simplecnn",
            description = "The base model spec the factors vary (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--factors", paramLabel = "KEY=L1,L2", arity = "1..*", required = true,
            description = "The factors: model-spec keys with two or more levels each, e.g. conv=1,4 linear=3,7 "
                    + "relu=off,on. The first level is the baseline of the energy increase.")
    List<String> factors;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "3",
            description = "Repetitions of every (cell, hyperparameter set) (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--hyper", paramLabel = "H", defaultValue = "2",
            description = "Random hyperparameter sets, the same in every cell (default: ${DEFAULT-VALUE}).")
    int hyper;

    @Option(names = "--hyper-space", paramLabel = "SPACE",
            description = "The box the sets are drawn from (default: the paper's RQ2 box "
                    + "lr=1e-5..1e-3,beta1=0.5..1,beta2=0.8..1; beta2 is applied). Names: lr, beta1, beta2, eps, "
                    + "weight_decay.")
    String hyperSpace;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "1",
            description = "Epochs per run (default: ${DEFAULT-VALUE}; the paper used 25).")
    int epochs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "512",
            description = "Batch size (default: ${DEFAULT-VALUE}, as the paper).")
    int batch;

    @Option(names = "--train-rows", paramLabel = "N",
            description = "Train on a seeded stratified subset of N training rows, to fit the design to this "
                    + "machine (default: all).")
    Integer trainRows;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--study", paramLabel = "NAME",
            description = "The ablation to create or resume (default: derived from the dataset, model and factor "
                    + "names, e.g. ablate-fashion-mnist-simplecnn-conv-linear-relu).")
    String study;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the hyperparameter sets, run seeds, run order and subset (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ContentionGuardOptions contentionGuard;

    @Option(names = "--report-only",
            description = "Print the statistics of the runs stored so far and train nothing (also while another "
                    + "process runs the ablation).")
    boolean reportOnly;

    @Option(names = "--no-warmup", description = "Skip the unmeasured two-batch warm-up of each cell.")
    boolean noWarmup;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        ModelFactors models = ModelFactors.parse(model, factors);
        HyperparameterBox box = hyperSpace == null ? HyperparameterBox.PAPER_RQ2 : HyperparameterBox.parse(hyperSpace);
        AblationDesign design = new AblationDesign(data.given() ? data.displayName() : "", models, box, hyper,
                repeats, epochs, batch, trainRows == null ? 0 : positiveRows(trainRows), seed);
        Split split = data.load().split(TEST_FRACTION, seed);
        EnergyMeter meter = EnergyMeter.discover(meterOptions.toConfig());
        PrintWriter err = spec.commandLine().getErr();
        if (!output.quiet()) {
            meter.hints().forEach(h -> err.println("note: " + h));
        }
        String name = study != null ? study : defaultStudyName(design);
        AblationResult result = reportOnly ? report(meter, name, design, split) : run(meter, name, design, split, err);
        render(result, split, meter);
        if (!result.failedNow().isEmpty()) {
            err.println("greentrain ablate: " + result.failedNow().size() + " run(s) failed and will run again on "
                    + "resume; the first: " + result.failedNow().get(0));
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private AblationResult report(EnergyMeter meter, String name, AblationDesign design, Split split) {
        try (Storage storage = storageOptions.open()) {
            return new AblationRunner(meter).report(storage, name, design, split.train());
        }
    }

    /** Runs what is left, marking the run in progress FAIL on Ctrl-C or kill so that it runs again on resume. */
    private AblationResult run(EnergyMeter meter, String name, AblationDesign design, Split split,
                               PrintWriter err) {
        RunProgress progress = new RunProgress(err, output.progress(), output.quiet(), "ablate");
        AblationRunner runner = new AblationRunner(meter).withListener(new AblationProgress(progress, "ablation '" + name + "'"))
                .withWarmup(!noWarmup).withMinProcessShare(contentionGuard.minCpuShare());
        Thread hook = new Thread(() -> runner.abandonCurrentRun("interrupted (Ctrl-C or kill); it runs again on "
                + "resume"), "greentrain-ablate-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Storage storage = storageOptions.open(); progress) {
            return runner.run(storage, name, design, split.train(), split.test());
        } finally {
            removeHook(hook);
        }
    }

    /** {@code ablate-<dataset>-<family>-<factor>-<factor>...}: the same design names the same study. */
    static String defaultStudyName(AblationDesign design) {
        StringBuilder s = new StringBuilder("ablate-").append(design.dataset()).append('-')
                .append(design.models().base().family());
        for (Factor f : design.models().factors()) {
            s.append('-').append(f.name());
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    private void render(AblationResult result, Split split, EnergyMeter meter) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(AblationJson.toJson(result, split.test().rows(),
                    RunEnvironment.capture(meter, Map.of()))));
        } else {
            out.print(AblationText.render(result, split.test().rows()));
        }
        out.flush();
    }

    private static int positiveRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("--train-rows must be at least 1, got " + rows);
        }
        return rows;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs or ran
        }
    }
}
