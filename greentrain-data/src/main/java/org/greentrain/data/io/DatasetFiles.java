package org.greentrain.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/** Loads a tabular data file whose format is given by its extension: {@code .csv} or {@code .arff}. */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /**
     * Loads {@code file} with {@link CsvLoader} or {@link ArffLoader}.
     *
     * @throws DataInputException for another extension
     */
    public static Dataset load(Path file, LoadOptions options) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvLoader.load(file, options);
        }
        if (name.endsWith(".arff")) {
            return ArffLoader.load(file, options);
        }
        throw new DataInputException("cannot tell the format of " + file + " from its name: give a .csv file with a"
                + " header row or a .arff file (IDX image sets load by dataset name or with IdxLoader)");
    }
}
