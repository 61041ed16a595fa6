package org.greentrain.reduce.reducer;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.svd.SvdImplicitQrDecompose_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The SR_MD instance score of Ghojogh and Crowley (spec §3.7) for the rows of one sample matrix: with the thin SVD of
 * the unnormalised matrix, {@code score_i = Σ_j w_j · (−ln max(|x̂_i · u_j|, 0.001))}, where {@code x̂_i} is row i
 * scaled to unit length, {@code u_j} are the singular directions in feature space and {@code w_j ∝ 1/σ_j} sum to 1.
 *
 * <p>Guards the original lacks, documented: a component with σ_j at or below {@code max(n, m) · ulp(σ_max)} (rank
 * deficiency, for example a constant feature) is left out instead of getting weight 1/0; an all-zero row has no
 * direction, so its score is undefined and it is flagged instead of becoming NaN.
 */
final class SrMdScore {

    private static final double FLOOR = 0.001;
    /** Rows scored per task: one row buffer each. */
    private static final int CHUNK = 256;

    /**
     * The rows of the matrix, read on demand: once into the matrix that the SVD overwrites and once more while scoring,
     * so that the caller's data need not be held a second time in double precision.
     */
    @FunctionalInterface
    interface Rows {
        /** Writes row {@code i} into {@code into}, which has one entry per column. */
        void read(int i, double[] into);
    }

    /**
     * Scores of the rows of one matrix.
     *
     * @param score              score per row (0 for flagged zero rows)
     * @param zeroRow            rows that are all zero
     * @param droppedComponents  components left out because σ_j = 0 (numerically)
     */
    record Scores(double[] score, boolean[] zeroRow, int droppedComponents) {
    }

    private SrMdScore() {
    }

    /** Scores of the {@code n} rows of an {@code n × m} matrix. */
    static Scores compute(Rows rows, int n, int m) {
        double[] values = new double[n * m];
        double[] row = new double[m];
        double[] rowNorm = new double[n];
        boolean[] zero = new boolean[n];
        for (int i = 0; i < n; i++) {
            rows.read(i, row);
            System.arraycopy(row, 0, values, i * m, m);
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += row[j] * row[j];
            }
            rowNorm[i] = Math.sqrt(s);
            zero[i] = rowNorm[i] == 0;
        }
        DMatrixRMaj a = DMatrixRMaj.wrap(n, m, values);
        // V only, so a tall matrix may be reduced to its R factor first (QR, then the bidiagonal form of R)
        SingularValueDecomposition_F64<DMatrixRMaj> svd = new SvdImplicitQrDecompose_DDRM(true, false, true, true);
        if (!svd.decompose(a)) {
            throw new IllegalStateException("SVD of a " + n + " x " + m + " matrix did not converge");
        }
        double[] sigma = svd.getSingularValues();
        int k = svd.numberOfSingularValues();
        DMatrixRMaj v = svd.getV(null, false);
        double max = 0;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, sigma[j]);
        }
        double tolerance = Math.max(n, m) * Math.ulp(max);
        double inverseSum = 0;
        int kept = 0;
        for (int j = 0; j < k; j++) {
            if (sigma[j] > tolerance) {
                inverseSum += 1 / sigma[j];
                kept++;
            }
        }
        double[] weight = new double[k];
        for (int j = 0; j < k; j++) {
            weight[j] = sigma[j] > tolerance ? (1 / sigma[j]) / inverseSum : 0;
        }
        double[] vRows = v.getData(); // row f holds coordinate f of every direction: entry (f, j) at f * k + j
        int vCols = v.getNumCols();
        double[] score = new double[n];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            double[] x = new double[m];
            double[] dots = new double[vCols];
            for (int i = chunk * CHUNK; i < Math.min(n, (chunk + 1) * CHUNK); i++) {
                if (zero[i]) {
                    continue;
                }
                rows.read(i, x);
                // x_i . u_j for every j at once, each summed over f in order: the inner loop runs along a row of V
                Arrays.fill(dots, 0);
                for (int f = 0; f < m; f++) {
                    double xf = x[f]; // held in a register: a store into dots might otherwise change x[f]
                    int base = f * vCols;
                    for (int j = 0; j < vCols; j++) {
                        dots[j] += xf * vRows[base + j];
                    }
                }
                double s = 0;
                for (int j = 0; j < k; j++) {
                    if (weight[j] != 0) {
                        s += weight[j] * -Math.log(Math.max(Math.abs(dots[j]) / rowNorm[i], FLOOR));
                    }
                }
                score[i] = s;
            }
        });
        return new Scores(score, zero, k - kept);
    }
}
