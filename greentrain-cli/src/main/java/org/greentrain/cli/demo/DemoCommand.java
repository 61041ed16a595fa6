package org.greentrain.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.IntraOpThreads;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.OutputTarget;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.study.ReductionProgress;
import org.greentrain.cli.study.TuningProgress;
import org.greentrain.cli.tune.StorageOptions;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.study.demo.DemoDesign;
import org.greentrain.study.demo.DemoReport;
import org.greentrain.study.demo.DemoResult;
import org.greentrain.study.demo.DemoRunner;
import org.greentrain.study.demo.DemoStudies;
import org.greentrain.study.demo.DemoSummary;
import org.greentrain.study.reduction.ReductionDesign;
import org.greentrain.study.report.HtmlReport;
import org.greentrain.tune.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain demo}: the first command to run on a fresh clone. It runs {@link DemoDesign#standard} (a small
 * data-reduction study on spambase and a small tuning-strategy comparison on MNIST) into an SQLite file in the
 * working directory, writes one HTML report and prints where it is with three sentences of savings, computed from the
 * stored runs. Running it again reuses every stored run; after Ctrl-C it resumes where it stopped. The report path
 * and the storage are checked before anything trains.
 */
@Command(name = "demo", sortOptions = false, defaultValueProvider = DemoCommand.Defaults.class,
        description = "See greentrain work in a few minutes: a small data-reduction study (spambase) and a small "
                + "tuning-strategy comparison (MNIST), stored in an SQLite file, with one HTML report and three lines "
                + "of savings. Running it again reuses the stored runs.",
        footer = {"", "Examples:",
                "  greentrain demo",
                "  greentrain demo --out /tmp/demo.html --storage sqlite:/tmp/demo.db",
                "  greentrain demo --json",
                "  greentrain report demo-reduction --storage sqlite:greentrain-demo.db --out reduction.html",
                "", "The meter options are part of the demo's design: a demo measured one way cannot resume in a "
                + "storage that holds one measured another way (for example with --constant-power 42.5,23.43); "
                + "give it another --storage."})
public final class DemoCommand implements Callable<Integer> {

    /** The demo's own storage, so that it never mixes with the user's studies. */
    public static final String DEFAULT_STORAGE = "sqlite:greentrain-demo.db";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
            description = "Where to write the report (default: ${DEFAULT-VALUE}); written to a temporary file, then "
                    + "moved into place.")
    Path out;

    @Mixin
    StorageOptions storageOptions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "PyTorch intra-op threads (default: ${DEFAULT-VALUE}: the demo's networks are too small to "
                    + "gain from more, and a second thread only contends).")
    int threads;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    private final Function<String, DemoDesign> designs;

    /** The command running the standard demo. */
    public DemoCommand() {
        this(DemoDesign::standard);
    }

    /** The command running the design {@code designs} gives for a meter mode; tests give a smaller one. */
    DemoCommand(Function<String, DemoDesign> designs) {
        this.designs = Objects.requireNonNull(designs, "designs");
    }

    @Override
    public Integer call() throws IOException {
        MeterConfig meterConfig = meterOptions.toConfig();
        Path report = OutputTarget.file("--out", out, "report.html");
        DemoDesign design = designs.apply(ReductionDesign.meterMode(meterConfig));
        EnergyMeter meter = EnergyMeter.discover(meterConfig);
        IntraOpThreads.set(threads);
        PrintWriter err = spec.commandLine().getErr();
        DemoRunner runner = new DemoRunner(meter);
        Thread hook = new Thread(() -> runner.abandonCurrentWork("interrupted (Ctrl-C or kill); it runs again when "
                + "the demo resumes"), "greentrain-demo-interrupt");
        DemoResult result;
        try (Storage storage = storageOptions.open();
             RunProgress progress = new RunProgress(err, output.progress(), output.quiet(), "demo")) {
            DemoStudies.checkCompatible(storage, design);
            if (!output.quiet()) {
                announce(err, meter, design, storage);
            }
            Runtime.getRuntime().addShutdownHook(hook);
            result = runner.withListeners(new ReductionProgress(progress, DemoStudies.REDUCTION_STUDY),
                    new TuningProgress(progress, DemoStudies.TUNING_STUDY)).run(storage, design);
        } finally {
            removeHook(hook);
        }
        DemoSummary summary = DemoSummary.of(result);
        HtmlReport.write(DemoReport.build(result, summary), report);
        PrintWriter w = spec.commandLine().getOut();
        if (output.json()) {
            w.println(Json.write(DemoJson.toJson(result, summary, report)));
        } else {
            w.println(storedLine(result));
            w.println("report: " + report + " (open it in any browser; it works offline)");
            summary.lines().forEach(line -> w.println("* " + line));
        }
        w.flush();
        if (!result.failures().isEmpty()) {
            err.println("greentrain demo: " + result.failures().size() + " run(s) failed and run again when the demo "
                    + "resumes; the first: " + result.failures().get(0));
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** The meter's notes and what the demo is about to run, on stderr. */
    private static void announce(PrintWriter err, EnergyMeter meter, DemoDesign design, Storage storage) {
        meter.hints().forEach(h -> err.println("note: " + h));
        err.println("greentrain demo: part 1, data reduction on " + design.reductionSummary());
        err.println("greentrain demo: part 2, tuning on " + design.tuningSummary());
        err.println("greentrain demo: results are stored in " + storage.describe() + " as they finish; running the "
                + "demo again reuses them");
        err.flush();
    }

    /** What was reused and what was trained, so that a second, fast run says why it was fast. */
    private static String storedLine(DemoResult r) {
        String where = r.finished() + " of " + r.design().totalWork() + " runs and rounds stored in " + r.storage();
        if (r.trainedNow() == 0) {
            return "greentrain demo: " + where + ", all reused from an earlier run, so nothing was trained (give "
                    + "another --storage to start over)";
        }
        if (r.reused() == 0) {
            return "greentrain demo: " + where + ", all trained now; running the demo again reuses them";
        }
        return "greentrain demo: " + where + ": " + r.reused() + " reused from an earlier run, " + r.trainedNow()
                + " trained now";
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs or ran
        }
    }

    /** The demo's defaults that differ from the shared options': its own storage file. */
    static final class Defaults implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (arg instanceof OptionSpec option && option.longestName().equals("--storage")) {
                return DEFAULT_STORAGE;
            }
            return null;
        }
    }
}
