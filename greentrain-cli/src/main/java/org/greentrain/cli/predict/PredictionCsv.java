package org.greentrain.cli.predict;

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
import org.greentrain.data.io.AtomicFiles;
import org.greentrain.train.io.ClassProbabilities;

/**
 * Writes predictions as CSV, atomically (a reader sees the old file or the whole new one): one row per input row with
 * its {@value #INDEX} in the input, the {@value #PREDICTED} class name, and one {@code p_CLASS} column per class with
 * the probability the model gives it (shortest text that reads back to the same float).
 */
final class PredictionCsv {

    /** The row's index in its source. */
    static final String INDEX = "index";
    /** The predicted class name. */
    static final String PREDICTED = "predicted";
    /** The prefix of each class's probability column. */
    static final String PROBABILITY_PREFIX = "p_";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private PredictionCsv() {
    }

    static void write(Path file, long[] rowIds, ClassProbabilities predictions, List<String> classNames)
            throws IOException {
        List<String> header = new ArrayList<>(List.of(INDEX, PREDICTED));
        classNames.forEach(c -> header.add(PROBABILITY_PREFIX + c));
        AtomicFiles.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            for (int r = 0; r < rowIds.length; r++) {
                printer.print(Long.toString(rowIds[r]));
                printer.print(classNames.get(predictions.predicted(r)));
                for (int c = 0; c < classNames.size(); c++) {
                    printer.print(Float.toString((float) predictions.probability(r, c)));
                }
                printer.println();
            }
            printer.flush();
        });
    }
}
