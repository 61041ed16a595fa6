package org.greentrain.train.io;

/**
 * What a network says about each row: the predicted class and the probability of every class (the softmax of its
 * outputs). The raw outputs are kept, so probabilities and the cross-entropy are computed in double precision and
 * stay finite: a probability may round to 0, its logarithm never becomes infinite.
 */
public final class ClassProbabilities {

    private final int rows;
    private final int classes;
    private final float[] logits;
    private final double[] logSumExp;
    private final int[] predicted;

    private ClassProbabilities(int rows, int classes, float[] logits, double[] logSumExp, int[] predicted) {
        this.rows = rows;
        this.classes = classes;
        this.logits = logits;
        this.logSumExp = logSumExp;
        this.predicted = predicted;
    }

    /**
     * The predictions of row-major network outputs, {@code classes} per row; the predicted class is the first with
     * the largest output, as PyTorch's argmax chooses.
     *
     * @param source the data's name, for error messages
     * @throws IllegalArgumentException when an output is not finite (an input far outside the training data)
     */
    public static ClassProbabilities ofLogits(float[] logits, int classes, String source) {
        if (classes < 1 || logits.length % classes != 0) {
            throw new IllegalArgumentException(logits.length + " outputs are not whole rows of " + classes
                    + " classes");
        }
        int rows = logits.length / classes;
        double[] logSumExp = new double[rows];
        int[] predicted = new int[rows];
        for (int r = 0; r < rows; r++) {
            int base = r * classes;
            int best = 0;
            for (int c = 0; c < classes; c++) {
                float value = logits[base + c];
                if (!Float.isFinite(value)) {
                    throw new IllegalArgumentException("row " + r + " of " + source + " makes the network output "
                            + value + ": its values lie far outside the data the model was trained on");
                }
                if (value > logits[base + best]) {
                    best = c;
                }
            }
            double max = logits[base + best];
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[base + c] - max);
            }
            logSumExp[r] = max + Math.log(sum);
            predicted[r] = best;
        }
        return new ClassProbabilities(rows, classes, logits.clone(), logSumExp, predicted);
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of classes. */
    public int classes() {
        return classes;
    }

    /** The predicted class of every row. */
    public int[] predicted() {
        return predicted.clone();
    }

    /** The predicted class of {@code row}. */
    public int predicted(int row) {
        return predicted[row];
    }

    /** The probability the network gives class {@code c} for {@code row}. */
    public double probability(int row, int c) {
        return Math.exp(logProbability(row, c));
    }

    /**
     * The mean cross-entropy of the true {@code labels}, one per row.
     *
     * @throws IllegalArgumentException when the number of labels differs from the rows, or a label is out of range
     */
    public double meanCrossEntropy(int[] labels) {
        if (labels.length != rows) {
            throw new IllegalArgumentException(labels.length + " labels for " + rows + " predictions");
        }
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            if (labels[r] < 0 || labels[r] >= classes) {
                throw new IllegalArgumentException("label " + labels[r] + " of row " + r + " is not a class in [0, "
                        + classes + ")");
            }
            sum -= logProbability(r, labels[r]);
        }
        return rows == 0 ? 0 : sum / rows;
    }

    private double logProbability(int row, int c) {
        return logits[row * classes + c] - logSumExp[row];
    }
}
