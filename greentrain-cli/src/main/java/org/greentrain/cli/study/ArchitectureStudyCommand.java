package org.greentrain.cli.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.ContentionGuardOptions;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.IntraOpThreads;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.tune.StorageOptions;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.study.architecture.ArchitectureDesign;
import org.greentrain.study.architecture.ArchitectureResult;
import org.greentrain.study.architecture.ArchitectureRunner;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain study architecture}: the tuning paper's RQ2 (spec §4). A factorial design of SimpleCNN variants
 * (1 or 4 conv blocks, 3 or 7 linear layers, ReLU off or on, by default) is trained with random hyperparameter sets,
 * repeatedly, every run stored as it ends; then every cell is profiled once under PyTorch's operator profiler for its
 * energy per layer type. Kruskal-Wallis with η² and the mean energy increase per factor, the Table V clusters and the
 * Pareto front cover every finished run; the same command resumes an interrupted study.
 */
@Command(name = "architecture", sortOptions = false,
        description = "The tuning paper's layer-type study: which layers of a CNN cost the training energy, with "
                + "Kruskal-Wallis and eta squared per factor, the low/high-energy clusters, the Pareto front and "
                + "energy per layer type from the operator profiler. Runs are stored; the same command resumes.",
        footer = {"", "Examples:",
                "  greentrain study architecture --quick",
                "  greentrain study architecture --dataset mnist --factors conv=1,2,4 relu=off,on --repeats 3 \\",
                "      --hyper 2 --epochs 2 --train-rows 10000 --test-rows 2000",
                "  greentrain report architecture-fashion-mnist-simplecnn-quick-1a2b3c4d --out report.html",
                "", "Defaults are the paper's: --dataset fashion-mnist, --factors conv=1,4 linear=3,7 relu=off,on, "
                + "8 hyperparameter sets x 24 repeats, 25 epochs, batch 512, all rows (1,536 runs). --quick changes "
                + "only what is not given: --hyper 2 --repeats 2 --epochs 2 --train-rows 4000 --test-rows 1000 "
                + "--profile-batches 4."})
public final class ArchitectureStudyCommand implements Callable<Integer> {

    /** The paper's first dataset, the {@code --dataset} when no data is named. */
    static final String DEFAULT_DATASET = "fashion-mnist";

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions data;

    @Option(names = "--model", paramLabel = "SPEC", defaultValue = ArchitectureDesign.PAPER_MODEL,
            description = "The base model spec the factors vary (default: ${DEFAULT-VALUE}, the paper's SimpleCNN).")
    String model;

    @Option(names = "--factors", paramLabel = "KEY=L1,L2", arity = "1..*",
            description = "The factors: model-spec keys with two or more levels each, the first level the baseline "
                    + "(default: conv=1,4 linear=3,7 relu=off,on, the paper's).")
    List<String> factors;

    @Option(names = "--hyper", paramLabel = "H",
            description = "Random hyperparameter sets, the same in every cell (default: 8; 2 with --quick).")
    Integer hyper;

    @Option(names = "--hyper-space", paramLabel = "SPACE",
            description = "The box the sets are drawn from (default: the paper's RQ2 box "
                    + "lr=1e-5..1e-3,beta1=0.5..1,beta2=0.8..1; beta2 is applied). Names: lr, beta1, beta2, eps, "
                    + "weight_decay.")
    String hyperSpace;

    @Option(names = "--repeats", paramLabel = "R",
            description = "Repetitions of every (cell, hyperparameter set) (default: 24; 2 with --quick).")
    Integer repeats;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs per run (default: 25; 2 with --quick).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: 512, as the paper).")
    Integer batch;

    @Option(names = "--train-rows", paramLabel = "N",
            description = "Train on a seeded stratified subset of N training rows (default: all; 4000 with --quick).")
    Integer trainRows;

    @Option(names = "--test-rows", paramLabel = "N",
            description = "Score on a seeded stratified subset of N test rows (default: all; 1000 with --quick).")
    Integer testRows;

    @Option(names = "--profile-batches", paramLabel = "N",
            description = "Training steps of each cell's operator profile (default: 10; 4 with --quick).")
    Integer profileBatches;

    @Option(names = "--quick", description = "The same design, small enough for a few minutes at most on 2 cores: "
            + "--hyper 2 --repeats 2 --epochs 2 --train-rows 4000 --test-rows 1000 --profile-batches 4 unless given; "
            + "the default study name says quick.")
    boolean quick;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--study", paramLabel = "NAME",
            description = "The study to create or resume (default: architecture-DATASET-FAMILY[-quick]- plus a hash "
                    + "of the design, so the same command resumes).")
    String study;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the hyperparameter sets, run seeds, run order, row subsets and profiles (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ContentionGuardOptions contentionGuard;

    @Option(names = "--threads", paramLabel = "N",
            description = "PyTorch intra-op threads (default: PyTorch's own choice).")
    Integer threads;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        EnergyMeter meter = EnergyMeter.discover(meterOptions.toConfig());
        if (!data.given()) {
            spec.findOption("--dataset").setValue(DEFAULT_DATASET);
        }
        ArchitectureDesign design = design(data.displayName());
        LoadedDataset loaded = data.load();
        if (threads != null) {
            IntraOpThreads.set(threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!output.quiet()) {
            meter.hints().forEach(h -> err.println("note: " + h));
        }
        String name = study != null ? study : defaultStudyName(design, quick);
        RunProgress progress = new RunProgress(err, output.progress(), output.quiet(), "runs");
        ArchitectureProgress listener = new ArchitectureProgress(progress, name);
        ArchitectureRunner runner = new ArchitectureRunner(meter).withListener(listener)
                .withMinProcessShare(contentionGuard.minCpuShare());
        Thread hook = new Thread(() -> runner.abandonCurrentRun("interrupted (Ctrl-C or kill); it runs again on "
                + "resume"), "greentrain-study-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        ArchitectureResult result;
        try (Storage storage = storageOptions.open(); progress) {
            result = runner.run(storage, name, design, loaded);
        } finally {
            removeHook(hook);
        }
        PrintWriter out = spec.commandLine().getOut();
        String report = reportCommand(name);
        if (output.json()) {
            out.println(Json.write(ArchitectureJson.toJson(result, report)));
        } else {
            out.print(ArchitectureText.render(result, report));
        }
        out.flush();
        if (!result.failedNow().isEmpty()) {
            err.println("greentrain study architecture: " + result.failedNow().size() + " run(s) failed and run again "
                    + "on resume; the first: " + result.failedNow().get(0));
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** The paper's design, or the quick one, changed by the options given. */
    private ArchitectureDesign design(String dataset) {
        ArchitectureDesign base = ArchitectureDesign.defaults(dataset, quick);
        return new ArchitectureDesign(dataset, model, factors == null ? base.factors() : factors,
                hyperSpace == null ? base.hyperparameters() : hyperSpace, or(hyper, base.hyperSets()),
                or(repeats, base.repeats()), or(epochs, base.epochs()), or(batch, base.batchSize()),
                or(trainRows, base.trainRows()), or(testRows, base.testRows()),
                or(profileBatches, base.profileBatches()), seed);
    }

    /**
     * {@code architecture-DATASET-FAMILY[-quick]-HASH}, HASH being the design's fingerprint: the same command names the
     * same study, and any change to the design names another.
     */
    static String defaultStudyName(ArchitectureDesign design, boolean quick) {
        String family = design.model().split(":", 2)[0];
        return ("architecture-" + design.dataset() + "-" + family + (quick ? "-quick" : "")).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "_") + "-" + design.fingerprint();
    }

    private static int or(Integer given, int fallback) {
        return given != null ? given : fallback;
    }

    /** The command that writes this study's report, with --storage when it was given. */
    private String reportCommand(String name) {
        var parsed = spec.commandLine().getParseResult();
        String storage = parsed.hasMatchedOption("--storage")
                ? " --storage " + parsed.matchedOptionValue("--storage", StorageOptions.DEFAULT_URL) : "";
        return "greentrain report " + name + storage + " --out report.html";
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs or ran
        }
    }
}
