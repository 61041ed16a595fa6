package org.greentrain.cli.reduce;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.FileColumns;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.Dataset;
import org.greentrain.data.io.CategoricalPolicy;
import org.greentrain.data.io.CsvWriter;
import org.greentrain.data.io.DatasetFiles;
import org.greentrain.data.io.LabelColumn;
import org.greentrain.data.io.LoadOptions;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.metric.EpsilonRepresentativeness;
import org.greentrain.reduce.metric.EpsilonResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain epsilon}: the ε-representativeness of a reduced file against the full one, overall and per class.
 * The reduced file's label column is found by the full file's label name, its classes must be among the full file's,
 * its features must be the full file's in the same order, and an {@code index} column (as {@code reduce} writes) is
 * ignored.
 */
@Command(name = "epsilon", sortOptions = false,
        description = "Epsilon-representativeness of a reduced dataset against the full one, overall and per class.",
        footer = {"", "epsilon = max over classes of the largest distance from a full row to its nearest reduced row "
                + "of the same class; a class with no reduced row has epsilon infinite (null in JSON).",
                "", "Example:",
                "  greentrain epsilon --full data.csv --reduced reduced.csv --label class --json"})
public final class EpsilonCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--full", required = true, paramLabel = "FILE", description = "The full data, CSV or ARFF.")
    Path full;

    @Option(names = "--reduced", required = true, paramLabel = "FILE",
            description = "The reduced data, CSV or ARFF, with the same feature columns (an 'index' column is ignored).")
    Path reduced;

    @Option(names = "--label", paramLabel = "COLUMN",
            description = "The label column of --full, by name or 0-based index (default: the last column); the "
                    + "reduced file's label column has the same name.")
    String label;

    @Option(names = "--one-hot", description = "One-hot encode categorical columns of --full, as reduce --one-hot did.")
    boolean oneHot;

    @Option(names = "--norm", paramLabel = "NORM", defaultValue = "linf",
            description = "linf (the paper's) or l2 (default: ${DEFAULT-VALUE}).")
    Norm norm;

    @Option(names = "--scale", paramLabel = "METHOD", defaultValue = "none",
            description = "minmax: scale both files by the full file's min and max first, as reduce --scale minmax "
                    + "does (default: ${DEFAULT-VALUE}).")
    ReduceScale scale;

    @Mixin
    OutputOptions out;

    @Override
    public Integer call() throws Exception {
        requireFile("--full", full);
        requireFile("--reduced", reduced);
        LoadOptions fullOptions = LoadOptions.defaults().withLabel(labelColumn());
        if (oneHot) {
            fullOptions = fullOptions.withCategorical(CategoricalPolicy.ONE_HOT);
        }
        Dataset fullData = DatasetFiles.load(full, fullOptions);
        LabelCheck.requireClasses(fullData, "--label");
        String labelName = FileColumns.labelName(full, label, fullData);
        Dataset reducedData = DatasetFiles.load(reduced, reducedOptions(labelName, fullData));
        if (!reducedData.featureNames().equals(fullData.featureNames())) {
            throw new UsageException("--reduced " + reduced + " has the features " + reducedData.featureNames()
                    + " but --full " + full + " has " + fullData.featureNames() + "; they must match in order");
        }
        ReduceInput scaledFull = ReduceInput.of(full.getFileName().toString(), fullData, scale, labelName);
        Dataset reducedWorking = scaledFull.scaler() == null ? reducedData : scaledFull.scaler().apply(reducedData);
        long start = System.nanoTime();
        EpsilonResult result = EpsilonRepresentativeness.compute(scaledFull.working(), reducedWorking, norm);
        double seconds = (System.nanoTime() - start) / 1e9;
        EpsilonReport report = new EpsilonReport(fullData, reducedData, result, scaledFull.scaling(), seconds);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(out.json() ? Json.write(report.toJson()) + System.lineSeparator() : report.text());
        stdout.flush();
        return ExitCodes.OK;
    }

    private LabelColumn labelColumn() {
        if (label == null) {
            return LabelColumn.last();
        }
        return label.matches("\\d+") ? LabelColumn.byIndex(Integer.parseInt(label)) : LabelColumn.byName(label);
    }

    /**
     * The reduced file's options: the label by the full file's label name, the full file's classes, and the
     * {@code index} column skipped when the full file has no such feature.
     */
    private LoadOptions reducedOptions(String labelName, Dataset fullData) throws IOException {
        LoadOptions options = LoadOptions.defaults().withLabel(LabelColumn.byName(labelName))
                .withClassNames(fullData.classNames());
        boolean hasIndex = FileColumns.of(reduced).contains(CsvWriter.INDEX_COLUMN);
        return hasIndex && !fullData.featureNames().contains(CsvWriter.INDEX_COLUMN)
                ? options.withIdColumn(CsvWriter.INDEX_COLUMN) : options;
    }

    private static void requireFile(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(option + " " + file + " does not exist or is not a file");
        }
    }
}
