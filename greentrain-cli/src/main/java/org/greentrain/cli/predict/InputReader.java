package org.greentrain.cli.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.DatasetOptions;
import org.greentrain.cli.common.FileColumns;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.data.io.CategoricalPolicy;
import org.greentrain.data.io.LabelColumn;
import org.greentrain.data.io.LoadOptions;
import org.greentrain.train.io.ColumnMismatchException;
import org.greentrain.train.io.SavedModel;

/**
 * Reads the data {@code greentrain predict} is given and lines its columns up with the model's. A file that holds the
 * label column (the one the model was trained with, or {@code --label}) is read by greentrain-data's loaders with the
 * model's classes, so an unknown class is refused with its line; its text columns are one-hot encoded and matched to
 * the model's categories. A CSV file without it is read as unlabelled rows by {@link UnlabelledCsv}. A built-in
 * dataset gives its official test part when it has one (the image sets), else all its rows.
 */
final class InputReader {

    private InputReader() {
    }

    /** The rows {@code data} names, for {@code model}; the caller checked {@link DatasetOptions#requireOneSource}. */
    static PredictionInput read(DatasetOptions data, SavedModel model) throws IOException {
        Path file = data.input();
        if (file == null) {
            LoadedDataset builtin = data.load();
            Dataset rows = builtin.hasTestPart() ? builtin.test() : builtin.train();
            return labelled(rows, data.displayName(), model, model.input().labelColumn());
        }
        List<String> columns = FileColumns.of(file);
        String label = labelColumn(file, columns, data.label(), model.input().labelColumn());
        if (label == null) {
            return unlabelled(file, columns, model, data.displayName());
        }
        List<String> featureColumns = new ArrayList<>(columns);
        featureColumns.remove(label);
        // the header alone shows missing or unknown columns: say so before reading every label
        model.matchColumns(featureColumns, data.displayName());
        return labelled(data.load(fileOptions(model)).train(), data.displayName(), model, label);
    }

    /**
     * The label column of a file: the one {@code --label} names (by name or position), else the one the model was
     * trained with if the file has it, else null (the file is unlabelled).
     */
    private static String labelColumn(Path file, List<String> columns, String labelOption, String savedLabel) {
        if (labelOption == null) {
            return columns.contains(savedLabel) ? savedLabel : null;
        }
        LabelColumn given = labelOption.matches("\\d+") ? LabelColumn.byIndex(Integer.parseInt(labelOption))
                : LabelColumn.byName(labelOption);
        return columns.get(given.indexIn(columns, file.toString()));
    }

    private static PredictionInput unlabelled(Path file, List<String> columns, SavedModel model, String name)
            throws IOException {
        String savedLabel = model.input().labelColumn();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".arff")) {
            throw new UsageException(file + " has no attribute '" + savedLabel + "', the label column the model was"
                    + " trained with: name its label attribute with --label, or give unlabelled rows as CSV");
        }
        try {
            return UnlabelledCsv.read(file, columns, model, name);
        } catch (ColumnMismatchException e) {
            if (e.unexpected().isEmpty()) {
                throw e;
            }
            throw new UsageException(e.getMessage() + "; the file has no column '" + savedLabel + "': if one of"
                    + " the unexpected columns holds the labels, name it with --label", e);
        }
    }

    /**
     * Options for a labelled file: the model's label column and classes, text columns one-hot encoded, and a missing
     * category kept as {@code ?} when the model has such a category.
     */
    private static LoadOptions fileOptions(SavedModel model) {
        boolean missingCategory = model.input().featureNames().stream().anyMatch(n -> n.endsWith("=?"));
        return LoadOptions.defaults().withLabel(LabelColumn.byName(model.input().labelColumn()))
                .withClassNames(model.classNames()).withCategorical(CategoricalPolicy.ONE_HOT)
                .withMissingAsCategory(missingCategory);
    }

    private static PredictionInput labelled(Dataset rows, String name, SavedModel model, String labelColumn) {
        float[] features = model.matchColumns(rows.featureNames(), name).gather(rows);
        if (!rows.classNames().equals(model.classNames())) {
            throw new UsageException(name + " has the classes " + rows.classNames() + ", but the model predicts "
                    + model.classNames() + ": give data of the task the model was trained for");
        }
        long[] rowIds = new long[rows.rows()];
        for (int r = 0; r < rowIds.length; r++) {
            rowIds[r] = rows.rowId(r);
        }
        return new PredictionInput(name, features, rowIds, rows.labels(), labelColumn);
    }
}
