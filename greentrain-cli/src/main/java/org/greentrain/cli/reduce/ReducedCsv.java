package org.greentrain.cli.reduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.cli.common.OutputTarget;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.Dataset;
import org.greentrain.data.io.CsvWriter;
import org.greentrain.reduce.Reduction;
import org.greentrain.study.reduction.KeepFractions;

/**
 * Where {@code reduce} writes, and what: the reduced rows in the input's units with the input's feature columns, the
 * label column last, and a leading {@code index} column holding each row's original 0-based row index (empty for a
 * synthetic row). One reduction writes the file {@code --output} names; several (more methods or fractions) write
 * {@code METHOD-KEEP.csv} files into the directory {@code --output} names, created when missing. Every file is written
 * atomically. The target is checked before any work, so a bad path costs nothing.
 */
final class ReducedCsv {

    private final Path target;
    private final boolean directory;

    private ReducedCsv(Path target, boolean directory) {
        this.target = target;
        this.directory = directory;
    }

    /**
     * The output plan for {@code --output target}.
     *
     * @param several whether more than one reduction runs
     * @throws UsageException when the target cannot be written as asked
     */
    static ReducedCsv plan(Path target, boolean several) {
        if (several && Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException("--output " + target + " is a file, but several reductions run (more methods or "
                    + "--keep fractions): give a directory, where each is written as METHOD-KEEP.csv");
        }
        return new ReducedCsv(several ? OutputTarget.directory("--output", target)
                : OutputTarget.file("--output", target, "reduced.csv"), several);
    }

    /** Writes {@code reduction} of {@code input}; returns the file written. */
    Path write(ReduceInput input, Reduction reduction) throws IOException {
        Path file = target;
        if (directory) {
            Files.createDirectories(target);
            String keep = KeepFractions.format(reduction.keepFraction());
            file = target.resolve(reduction.method() + "-" + keep + ".csv");
        }
        CsvWriter.write(inOriginalUnits(input, reduction), file, input.labelColumn(), true);
        return file;
    }

    /**
     * The reduced rows in the input's units: real rows copied from the original data, synthetic rows mapped back
     * through the scaler; row ids are the original rows' ids, -1 for synthetic rows.
     */
    static Dataset inOriginalUnits(ReduceInput input, Reduction reduction) {
        Dataset reduced = reduction.data();
        Dataset original = input.original();
        int cols = reduced.cols();
        int[] source = reduction.sourceRows();
        float[] features = new float[reduced.rows() * cols];
        long[] ids = new long[reduced.rows()];
        float[] from = original.features();
        float[] made = reduced.features();
        for (int i = 0; i < source.length; i++) {
            if (source[i] == Reduction.SYNTHETIC) {
                for (int j = 0; j < cols; j++) {
                    features[i * cols + j] = input.toOriginal(j, made[i * cols + j]);
                }
                ids[i] = -1;
            } else {
                System.arraycopy(from, source[i] * cols, features, i * cols, cols);
                ids[i] = original.rowId(source[i]);
            }
        }
        return new Dataset(reduced.name(), features, reduced.rows(), cols, reduced.labels(), reduced.classNames(),
                reduced.featureNames(), ids, null);
    }
}
