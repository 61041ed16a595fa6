package org.greentrain.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.data.io.CategoricalPolicy;
import org.greentrain.data.io.DatasetFiles;
import org.greentrain.data.io.LabelColumn;
import org.greentrain.data.io.LoadOptions;
import picocli.CommandLine.Option;

/**
 * Where a command's data comes from: a built-in dataset by name, or the user's own CSV or ARFF file with its label
 * column. Shared by every command that reads data.
 */
public final class DatasetOptions {

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "A built-in dataset: mnist, fashion-mnist, spambase, mushroom, sonar, iris.")
    String dataset;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory holding the IDX files of mnist or fashion-mnist (default: the bundled or "
                    + "system copy).")
    Path dataDir;

    @Option(names = "--input", paramLabel = "FILE", description = "Your own data, as CSV (with a header) or ARFF.")
    Path input;

    @Option(names = "--label", paramLabel = "COLUMN",
            description = "The label column of --input, by name or 0-based index (default: the last column).")
    String label;

    @Option(names = "--one-hot", description = "One-hot encode categorical columns of --input instead of refusing them.")
    boolean oneHot;

    /** True when the user named some data. */
    public boolean given() {
        return dataset != null || input != null;
    }

    /** The {@code --input} file, or null when the data is a built-in dataset. */
    public Path input() {
        return input;
    }

    /** The {@code --label} text (a column name or 0-based index), or null when not given. */
    public String label() {
        return label;
    }

    /** A short name of the data for tables and storage keys. */
    public String displayName() {
        return dataset != null ? dataset : input.getFileName().toString();
    }

    /**
     * Loads the data.
     *
     * @throws UsageException when no data or both kinds were named, or the file is missing
     */
    public LoadedDataset load() throws IOException {
        return load(LoadOptions.defaults());
    }

    /**
     * Loads the data, reading an {@code --input} file with {@code fileOptions} changed by {@code --label} and
     * {@code --one-hot} where given.
     *
     * @throws UsageException when no data or both kinds were named, or the file is missing
     */
    public LoadedDataset load(LoadOptions fileOptions) throws IOException {
        requireOneSource();
        if (dataset != null) {
            if (label != null || oneHot) {
                throw new UsageException("--label and --one-hot apply to --input files, not to built-in datasets");
            }
            return dataDir == null ? BuiltinDatasets.load(dataset) : BuiltinDatasets.load(dataset, dataDir);
        }
        LoadOptions options = fileOptions;
        if (label != null) {
            options = options.withLabel(label.matches("\\d+") ? LabelColumn.byIndex(Integer.parseInt(label))
                    : LabelColumn.byName(label));
        }
        if (oneHot) {
            options = options.withCategorical(CategoricalPolicy.ONE_HOT);
        }
        return new LoadedDataset(DatasetFiles.load(input, options), null);
    }

    /**
     * Checks that exactly one source of data was named and that an {@code --input} file exists.
     *
     * @throws UsageException when no data or both kinds were named, or the file is missing
     */
    public void requireOneSource() {
        if (dataset != null && input != null) {
            throw new UsageException("give either --dataset or --input, not both");
        }
        if (dataset == null && input == null) {
            throw new UsageException("no data: give --dataset NAME (" + String.join(", ", BuiltinDatasets.names())
                    + ") or --input FILE --label COLUMN");
        }
        if (input != null && !Files.isRegularFile(input)) {
            throw new UsageException("--input " + input + " does not exist or is not a file");
        }
    }
}
