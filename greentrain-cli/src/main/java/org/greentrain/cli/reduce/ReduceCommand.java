package org.greentrain.cli.reduce;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.FileColumns;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterInBackground;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.study.reduction.KeepFractions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain reduce}: keeps a fraction of a dataset with one of the data-reduction methods (or several, as a
 * table over methods and fractions), reports the rows kept and ε per class with the reduction's time and energy, and
 * writes the reduced rows with their original row index. Every option is checked before the data is read;
 * {@code --method M --help} lists M's parameters.
 */
@Command(name = "reduce", sortOptions = false,
        description = "Keep a fraction of a dataset with a data-reduction method; report rows and epsilon per class, "
                + "time and energy.",
        footer = {"", "The methods and epsilon see the data as given, unless --scale minmax (the paper's protocol: "
                + "min-max on all rows first). Written files keep the input's units, its feature columns, the label "
                + "column last and a leading 'index' column with each row's original 0-based row (empty for rows "
                + "CLC makes up).",
                "", "Examples:",
                "  greentrain reduce --method mms --keep 0.3 --seed 7 \\",
                "      --input data.csv --label class --output reduced.csv",
                "  greentrain reduce --method all --keep 0.1,0.3,0.5 \\",
                "      --dataset spambase --scale minmax",
                "  greentrain reduce --method phl --keep 0.2 --input data.csv \\",
                "      --param r=0.5,dimension=1 --json"})
public final class ReduceCommand implements Callable<Integer> {

    private static final String METHODS_SECTION = "greentrainReduceMethods";

    private CommandSpec spec;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "srs, prd, clc, mms, des, phl, nrmd, fes, dom, rkmeans; several separated by commas; or all "
                    + "(every method but fes).")
    String method;

    @Option(names = "--keep", required = true, paramLabel = "FRACTIONS",
            description = "Fraction of the rows to keep, in (0, 1]; several as a list (0.1,0.3,0.5) or a range "
                    + "(0.1..0.9, step 0.1; 0.1..0.9:0.2), run in ascending order.")
    String keep;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1234",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--param", paramLabel = "KEY=VALUE,...",
            description = "Parameters of the method (one method only); --method M --help lists them.")
    String params;

    @Mixin
    DatasetOptions data;

    @Option(names = "--scale", paramLabel = "METHOD", defaultValue = "none",
            description = "minmax (fitted on all rows, as the paper) or none (default: ${DEFAULT-VALUE}).")
    ReduceScale scale;

    @Option(names = "--norm", paramLabel = "NORM", defaultValue = "linf",
            description = "Norm of epsilon: linf (the paper's) or l2 (default: ${DEFAULT-VALUE}).")
    Norm norm;

    @Option(names = "--output", paramLabel = "PATH",
            description = "Write the reduced rows as CSV: a file for one reduction, a directory (METHOD-KEEP.csv "
                    + "files) for several.")
    Path output;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions out;

    /** Keeps the spec and adds the method section to the usage help, so that {@code --method M --help} shows M's. */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        UsageMessageSpec usage = commandSpec.usageMessage();
        usage.sectionMap().put(METHODS_SECTION, help -> System.lineSeparator() + MethodList.help(method));
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), METHODS_SECTION);
        usage.sectionKeys(keys);
    }

    @Override
    public Integer call() throws Exception {
        List<ReductionMethod> methods = MethodList.parse(method);
        double[] keeps = KeepFractions.parse(keep).stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, String> methodParams = ParamSchema.parseAssignments(params);
        if (!methodParams.isEmpty() && methods.size() > 1) {
            throw new UsageException("--param sets the parameters of one method, but --method names "
                    + methods.size() + ": run the method on its own to change its parameters");
        }
        for (ReductionMethod m : methods) { // bad parameters fail here, before the data is read
            MethodParams checked = m.create(methodParams).params();
            for (double k : keeps) {
                checked.requireUsableWith(k);
            }
        }
        boolean several = methods.size() * keeps.length > 1;
        ReducedCsv writer = output == null ? null : ReducedCsv.plan(output, several);
        MeterInBackground discovery = MeterInBackground.discover(meterOptions.toConfig());
        ReduceInput input;
        try {
            input = load();
        } catch (IOException | RuntimeException e) {
            discovery.abandon();
            throw e;
        }
        try (EnergyMeter meter = discovery.meter()) {
            if (!out.quiet()) {
                meter.hints().forEach(h -> spec.commandLine().getErr().println("note: " + h));
            }
            List<ReductionRun> runs;
            try (ReduceProgress progress = ReduceProgress.startIf(out.progress(), methods.size() * keeps.length)) {
                runs = new ReductionBatch(input, norm, meter, writer).run(methods, keeps, methodParams, seed,
                        progress);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            if (out.json()) {
                stdout.println(Json.write(ReduceJson.toJson(input, runs, RunEnvironment.capture(meter, Map.of()))));
            } else {
                stdout.print(ReduceText.render(input, runs, norm.id()));
            }
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** The data: the training part of a built-in dataset, or the input file, checked for class labels and scaled. */
    private ReduceInput load() throws IOException {
        Dataset loaded = data.load().train();
        String labelOption = spec.findOption("--label").getValue();
        LabelCheck.requireClasses(loaded, "--label");
        Path input = spec.findOption("--input").getValue();
        return ReduceInput.of(data.displayName(), loaded, scale, FileColumns.labelName(input, labelOption, loaded));
    }
}
