package org.greentrain.train.trainer;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Training diverged: a batch loss became NaN or infinite. The message is one line naming the epoch and the batch where
 * it first appeared and suggesting a lower learning rate, fit to print as is.
 */
public final class NonFiniteLossException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final int batch;

    NonFiniteLossException(int epoch, int batch, int batches, float loss, double learningRate) {
        super("training diverged: the loss became " + loss + " at epoch " + epoch + ", batch " + batch + " of "
                + batches + "; lower the learning rate (now " + brief(learningRate) + "), e.g. to "
                + brief(learningRate / 10));
        this.epoch = epoch;
        this.batch = batch;
    }

    /** A learning rate in at most 3 significant digits: {@code 0.0005}, {@code 100000}, {@code 1E+29}. */
    private static String brief(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(3)).stripTrailingZeros();
        return value >= 1e-4 && value < 1e6 ? rounded.toPlainString() : rounded.toString();
    }

    /** The 1-based epoch in which the loss first became non-finite. */
    public int epoch() {
        return epoch;
    }

    /** The 1-based batch of that epoch whose loss was the first non-finite one. */
    public int batch() {
        return batch;
    }
}
