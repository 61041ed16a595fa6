package org.greentrain.data.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * Writes a {@link Dataset} as CSV, atomically (see {@link AtomicFiles}): a header, then one row per example with the
 * features (Java's {@code Float.toString}, which reads back to the same float) and the class name in the label
 * column. With an index column first, each row also carries its original row id, so a reduced dataset says which
 * source rows it kept; a row with a negative id (a synthetic row, such as a CLC centroid, made up rather than taken
 * from the source) gets an empty index cell.
 * {@link CsvLoader} reads the file back to the same dataset given
 * {@code LoadOptions.defaults().withLabel(byName(labelColumn)).withIdColumn(INDEX_COLUMN).withClassNames(classes)};
 * the image shape is not stored.
 */
public final class CsvWriter {

    /** Name of the optional first column holding original row ids (empty for synthetic rows). */
    public static final String INDEX_COLUMN = "index";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CsvWriter() {
    }

    /**
     * Writes {@code dataset} to {@code file}.
     *
     * @param labelColumn the header of the label column, written last
     * @param indexColumn whether to write an {@value #INDEX_COLUMN} column of original row ids first, empty for rows
     *                    whose id is negative (synthetic rows)
     * @throws DataInputException when a column name would appear twice
     */
    public static void write(Dataset dataset, Path file, String labelColumn, boolean indexColumn) throws IOException {
        List<String> header = new ArrayList<>();
        if (indexColumn) {
            header.add(INDEX_COLUMN);
        }
        header.addAll(dataset.featureNames());
        header.add(labelColumn);
        if (header.size() != header.stream().distinct().count()) {
            throw new DataInputException("cannot write " + file + ": the label column '" + labelColumn
                    + "'" + (indexColumn ? " or the index column" : "") + " has the name of another column;"
                    + " choose another label column name");
        }
        AtomicFiles.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            writeRows(dataset, printer, indexColumn);
            printer.flush();
        });
    }

    private static void writeRows(Dataset dataset, CSVPrinter printer, boolean indexColumn) throws IOException {
        float[] features = dataset.features();
        int cols = dataset.cols();
        for (int r = 0; r < dataset.rows(); r++) {
            if (indexColumn) {
                long id = dataset.rowId(r);
                // null prints as a bare empty cell; an empty string would be quoted at the start of a record
                printer.print(id < 0 ? null : Long.toString(id));
            }
            for (int c = r * cols, end = c + cols; c < end; c++) {
                printer.print(Float.toString(features[c]));
            }
            printer.print(dataset.classNames().get(dataset.labels()[r]));
            printer.println();
        }
    }
}
