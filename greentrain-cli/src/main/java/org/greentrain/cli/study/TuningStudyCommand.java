package org.greentrain.cli.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.DurationConverter;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.IntraOpThreads;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.tune.StorageOptions;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningResult;
import org.greentrain.study.tuning.TuningRunner;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain study tuning}: the tuning paper's RQ1 (spec §3). Every strategy (the paper's grid, random and
 * Bayesian optimisation with PI, plus greentrain's cost-aware BO and BO with ASHA) runs its searches of R rounds; a
 * round trains one hyperparameter set several times and scores the mean test accuracy. Every round is stored as it
 * ends and the same command resumes; the comparison (optimum round, energy to the optimum and to a target, savings
 * against random and grid) covers every finished round.
 */
@Command(name = "tuning", sortOptions = false,
        description = "The tuning paper's strategy comparison: grid, random and Bayesian optimisation (plus "
                + "cost-aware BO and BO with ASHA), with the rounds and the energy each needs to reach the optimum "
                + "and a target accuracy. Rounds are stored; the same command resumes.",
        footer = {"", "Examples:",
                "  greentrain study tuning --dataset fashion-mnist --quick",
                "  greentrain study tuning --dataset fashion-mnist --strategies grid,random,bo --rounds 64 \\",
                "      --repeats 8 --space 3",
                "  greentrain study tuning --dataset mnist --strategies all --rounds 16 --repeats 2 --searches 3 \\",
                "      --epochs 1 --train-rows 10000 --test-rows 2000",
                "  greentrain report tuning-fashion-mnist-simplecnn-3p-1a2b3c4d --out report.html",
                "", "Defaults are the paper's (64 rounds, 8 repeats, 1 search, 25 epochs, batch 512, all rows). "
                + "--quick changes only what is not given: --rounds 16 --repeats 2 --epochs 2 --train-rows 5000 "
                + "--test-rows 1000. Strategies: grid, random, bo (PI, the paper's), bo-cost (EI per joule), "
                + "bo-asha (BO with ASHA over epochs), or all."})
public final class TuningStudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions data;

    @Option(names = "--strategies", paramLabel = "LIST", defaultValue = "grid,random,bo",
            description = "grid, random, bo (PI, the paper's), bo-ei (log-EI), bo-cost, bo-asha, or all (default: "
                    + "${DEFAULT-VALUE}, the paper's).")
    String strategies;

    @Option(names = "--space", paramLabel = "3|5|SPEC", defaultValue = "3",
            description = "3: lr=1e-5..0.1,beta1=0.1..1,beta2=0.8..1 (linear, as the paper); 5: also "
                    + "eps=1e-9..1e-7,weight_decay=0..0.1; or any space of optimizer, batch, epochs and model keys "
                    + "(default: ${DEFAULT-VALUE}).")
    String space;

    @Option(names = "--model", paramLabel = "SPEC", defaultValue = "simplecnn",
            description = "The network (default: ${DEFAULT-VALUE}, the paper's M=2, N=3).")
    String model;

    @Option(names = "--rounds", paramLabel = "R", description = "Rounds per search (default: 64; 16 with --quick).")
    Integer rounds;

    @Option(names = "--repeats", paramLabel = "N",
            description = "Trainings per round, scored by their mean test accuracy (default: 8; 2 with --quick).")
    Integer repeats;

    @Option(names = "--searches", paramLabel = "S",
            description = "Independent searches per strategy, sampler seeds --seed .. --seed+S-1 (default: 1, as the "
                    + "paper; more give a spread).")
    Integer searches;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs per training (default: 25; 2 with --quick).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: 512).")
    Integer batch;

    @Option(names = "--train-rows", paramLabel = "N",
            description = "Train on a seeded stratified subset of N training rows (default: all; 5000 with --quick).")
    Integer trainRows;

    @Option(names = "--test-rows", paramLabel = "N",
            description = "Score on a seeded stratified subset of N test rows (default: all; 1000 with --quick).")
    Integer testRows;

    @Option(names = "--asha", paramLabel = "KEY=VALUE,...",
            description = "bo-asha's pruner: min-resource (the epoch of the first judgement, r), eta (1 in eta "
                    + "trials goes on at each rung) and s (default: min-resource=1,eta=3,s=0, the paper's r = 1, "
                    + "eta = 3). Other settings make another study.")
    String asha;

    @Option(names = "--target-fraction", paramLabel = "F", defaultValue = "0.98",
            description = "The target accuracy is F times the best any strategy reached (default: ${DEFAULT-VALUE}, "
                    + "the paper's §3.5).")
    double targetFraction;

    @Option(names = "--optimum-tolerance", paramLabel = "A", defaultValue = "0.005",
            description = "A search's optimum round is its first round within A of its final best accuracy "
                    + "(default: ${DEFAULT-VALUE}).")
    double optimumTolerance;

    @Option(names = "--quick", description = "The same study, small enough for a few minutes at most on 2 cores: "
            + "--rounds 16 --repeats 2 --epochs 2 --train-rows 5000 --test-rows 1000 unless given; the default study "
            + "name ends in -quick.")
    boolean quick;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--study", paramLabel = "NAME",
            description = "The study to create or resume (default: tuning-DATASET-MODEL-SPACE- plus a hash of the "
                    + "settings that define a round, so the same command resumes and --rounds may grow).")
    String study;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Sampler seed of the first search, and seed of the row subsets (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--wait-for-quiet", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Before each round, wait up to this long (e.g. 60s) until other processes use less than 10%% "
                    + "of the CPUs: on a shared machine the meter's joules are the whole machine's (default: no "
                    + "waiting).")
    Duration waitForQuiet;

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
        TuningDesign design = design();
        LoadedDataset loaded = data.load();
        if (threads != null) {
            IntraOpThreads.set(threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!output.quiet()) {
            meter.hints().forEach(h -> err.println("note: " + h));
        }
        String name = study != null ? study : defaultStudyName(design, quick);
        RunProgress progress = new RunProgress(err, output.progress(), output.quiet(), "tuning");
        TuningRunner runner = new TuningRunner(meter).withListener(new TuningProgress(progress, name))
                .withQuietWait(waitForQuiet == null ? Duration.ZERO : waitForQuiet);
        Thread hook = new Thread(() -> runner.abandonCurrentRound("interrupted (Ctrl-C or kill); it runs again on "
                + "resume"), "greentrain-study-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        TuningResult result;
        try (Storage storage = storageOptions.open(); progress) {
            result = runner.run(storage, name, design, loaded);
        } finally {
            removeHook(hook);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.write(TuningJson.toJson(result)));
        } else {
            out.print(TuningText.render(result, reportCommand(name)));
        }
        out.flush();
        if (result.failure().isPresent()) {
            err.println("greentrain study tuning: a round failed and runs again on resume: "
                    + result.failure().get());
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** The paper's design, or the quick one, changed by the options given. */
    private TuningDesign design() {
        return new TuningDesign(data.given() ? data.displayName() : "", model, TuningDesign.space(space),
                Strategy.parseList(strategies), or(rounds, quick ? 16 : 64), or(repeats, quick ? 2 : 8),
                or(searches, 1), or(epochs, quick ? 2 : 25), or(batch, 512), or(trainRows, quick ? 5000 : 0),
                or(testRows, quick ? 1000 : 0), seed, targetFraction, optimumTolerance, asha);
    }

    /**
     * {@code tuning-DATASET-FAMILY-SPACE[-quick]-HASH}, SPACE being 3p, 5p or the parameter count, and HASH 8 hex
     * digits of the SHA-256 of the design's identity: changing what a round means names another study, while
     * rounds, searches and strategies may grow under the same name.
     */
    static String defaultStudyName(TuningDesign design, boolean quick) {
        String family = design.model().split(":", 2)[0];
        String spaceLabel = design.space().equals(TuningDesign.space("3")) ? "3p"
                : design.space().equals(TuningDesign.space("5")) ? "5p"
                : design.space().split(",").length + "p";
        String base = ("tuning-" + design.dataset() + "-" + family + "-" + spaceLabel + (quick ? "-quick" : ""))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return base + "-" + sha256(design.identity().toString()).substring(0, 8);
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

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs or ran
        }
    }
}
