package org.greentrain.cli.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.IntraOpThreads;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.common.UsageException;
import org.greentrain.cli.tune.StorageOptions;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.study.reduction.KeepFractions;
import org.greentrain.study.reduction.ReductionDesign;
import org.greentrain.study.reduction.ReductionResult;
import org.greentrain.study.reduction.ReductionRunner;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain study reduction}: the data-reduction paper's experiment (spec §4) on a built-in table or the
 * user's own. For every repeat (a fresh 75/25 split), every method and every fraction kept, the training part is
 * reduced and a fresh network trained on it; accuracy, macro P/R/F1, ε, and the time and energy of reduction +
 * training are stored run by run. The same command resumes an interrupted study; the statistics (medians, Spearman's
 * ρ of ε against accuracy and macro-F1, savings against the full data) cover every finished run.
 */
@Command(name = "reduction", sortOptions = false,
        description = "The data-reduction paper's study: reduce the training set with each method at each fraction, "
                + "train, and compare accuracy, macro-F1, epsilon and energy with the full data. Runs are stored; the "
                + "same command resumes.",
        footer = {"", "Examples:",
                "  greentrain study reduction --dataset spambase --quick",
                "  greentrain study reduction --dataset spambase --methods all --keep 0.1..0.9 --repeats 10 \\",
                "      --model mlp-paper --constant-power 42.5,23.43",
                "  greentrain study reduction --input beans.csv --label Class --methods srs,mms,des --keep 0.1,0.3",
                "  greentrain report reduction-spambase --out report.html",
                "", "Defaults are the paper's Dry Bean setting (batch 32, dropout 0.25, 150 epochs; forgetting events "
                + "pre-train a third of them). --quick changes only what is not given: --keep 0.1,0.3,0.5 "
                + "--repeats 3 --epochs 30. Methods: all = srs,prd,clc,mms,des,phl,nrmd,fes; dom and rkmeans may be "
                + "named too."})
public final class ReductionStudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions data;

    @Option(names = "--methods", paramLabel = "LIST", defaultValue = "all",
            description = "all (the paper's eight: srs,prd,clc,mms,des,phl,nrmd,fes) or a list such as srs,des,mms; "
                    + "dom and rkmeans are optional extras (default: ${DEFAULT-VALUE}).")
    String methods;

    @Option(names = "--keep", paramLabel = "FRACTIONS",
            description = "Fractions of the training part kept: a range 0.1..0.9 (step 0.1), 0.1..0.9:0.2, or a list "
                    + "0.1,0.3 (default: 0.1..0.9; 0.1,0.3,0.5 with --quick). The full data always runs as baseline.")
    String keep;

    @Option(names = "--repeats", paramLabel = "N",
            description = "Repeats, each with a fresh 75/25 split (default: 10, as the paper; 3 with --quick).")
    Integer repeats;

    @Option(names = "--model", paramLabel = "SPEC", defaultValue = "mlp-paper",
            description = "The network trained in every run (default: ${DEFAULT-VALUE}: d-50-45-...-10-C, ReLU and "
                    + "dropout).")
    String model;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Epochs per run, forgetting events included (default: 150; 30 with --quick).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Examples per step (default: 32).")
    Integer batch;

    @Option(names = "--dropout", paramLabel = "P",
            description = "Dropout of mlp-paper (default: 0.25; the paper used 0.5 for its large Collision set).")
    Double dropout;

    @Option(names = "--quick", description = "The same study, small enough for a few minutes at most on 2 cores: "
            + "--keep 0.1,0.3,0.5 --repeats 3 --epochs 30 unless given; the default study name ends in -quick.")
    boolean quick;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--study", paramLabel = "NAME",
            description = "The study to create or resume (default: reduction-DATASET, or reduction-DATASET-quick).")
    String study;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the splits, initial weights, batch order and reducers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "PyTorch intra-op threads (default: ${DEFAULT-VALUE}: the paper's MLP is too small to gain "
                    + "from more, and a second thread only contends).")
    int threads;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        MeterConfig meterConfig = meterOptions.toConfig();
        LoadedDataset loaded = data.load();
        if (loaded.hasTestPart()) {
            throw new UsageException("'" + data.displayName() + "' comes with an official test part, but the "
                    + "reduction study re-splits all rows in every repeat, as the paper: use a table such as spambase, "
                    + "or --input FILE --label COLUMN");
        }
        ReductionDesign design = design(meterConfig);
        IntraOpThreads.set(threads);
        EnergyMeter meter = EnergyMeter.discover(meterConfig);
        PrintWriter err = spec.commandLine().getErr();
        if (!output.quiet()) {
            meter.hints().forEach(h -> err.println("note: " + h));
        }
        String name = study != null ? study : defaultStudyName(design.dataset(), quick);
        RunProgress progress = new RunProgress(err, output.progress(), output.quiet(), "study");
        ReductionRunner runner = new ReductionRunner(meter).withListener(new ReductionProgress(progress, name));
        Thread hook = new Thread(() -> runner.abandonCurrentRun("interrupted (Ctrl-C or kill); it runs again on "
                + "resume"), "greentrain-study-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        ReductionResult result;
        try (Storage storage = storageOptions.open(); progress) {
            result = runner.run(storage, name, design, loaded.train());
        } finally {
            removeHook(hook);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(ReductionJson.toJson(result)));
        } else {
            out.print(ReductionText.render(result, reportCommand(name)));
        }
        out.flush();
        if (!result.failedNow().isEmpty()) {
            err.println("greentrain study reduction: " + result.failedNow().size() + " run(s) failed and run again on "
                    + "resume; the first: " + result.failedNow().get(0));
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** The design: the paper's defaults, or the quick ones, changed by the options given. */
    private ReductionDesign design(MeterConfig meterConfig) {
        ReductionDesign base = ReductionDesign.defaults(data.displayName(), quick,
                ReductionDesign.meterMode(meterConfig));
        List<Double> fractions = keep == null ? base.keepFractions() : KeepFractions.belowFull(keep);
        return new ReductionDesign(base.dataset(), ReductionDesign.parseMethods(methods), fractions,
                repeats == null ? base.repeats() : repeats, modelSpec(), epochs == null ? base.epochs() : epochs,
                batch == null ? base.batchSize() : batch, seed, base.meter());
    }

    /** The model, with --dropout applied to mlp-paper. */
    private ModelSpec modelSpec() {
        ModelSpec parsed = ModelSpecs.parse(model);
        if (dropout == null) {
            return parsed;
        }
        if (!parsed.family().equals("mlp-paper")) {
            throw new UsageException("--dropout applies to mlp-paper; give the dropout inside the --model spec, e.g. "
                    + "mlp:hidden=64-32,dropout=0.1");
        }
        if (model.contains("dropout")) {
            throw new UsageException("the dropout is given twice, in --model and with --dropout: keep one");
        }
        return ModelSpecs.parse("mlp-paper:dropout=" + dropout);
    }

    /** The command that writes this study's report, with --storage when it was given. */
    private String reportCommand(String name) {
        var parsed = spec.commandLine().getParseResult();
        String storage = parsed.hasMatchedOption("--storage")
                ? " --storage " + parsed.matchedOptionValue("--storage", StorageOptions.DEFAULT_URL) : "";
        return "greentrain report " + name + storage + " --out report.html";
    }

    /** {@code reduction-<dataset>[-quick]}: the same data and mode name the same study. */
    static String defaultStudyName(String dataset, boolean quick) {
        return ("reduction-" + dataset + (quick ? "-quick" : "")).toLowerCase(Locale.ROOT);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs or ran
        }
    }
}
