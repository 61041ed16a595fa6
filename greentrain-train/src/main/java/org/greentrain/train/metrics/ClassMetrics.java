package org.greentrain.train.metrics;

/**
 * Precision, recall and F1 of one class. A value that is 0/0 is NaN (undefined), as scikit-learn reports it with
 * {@code zero_division=np.nan}: precision when the class is never predicted, recall when it never occurs, F1 when it
 * neither occurs nor is predicted.
 *
 * @param name      class name
 * @param support   examples of this class
 * @param predicted examples predicted as this class
 * @param correct   examples of this class predicted as it (true positives)
 * @param precision {@code correct / predicted}, NaN when nothing was predicted as this class
 * @param recall    {@code correct / support}, NaN when the class has no examples
 * @param f1        {@code 2 correct / (support + predicted)}, NaN when both are 0
 */
public record ClassMetrics(String name, int support, int predicted, int correct, double precision, double recall,
                           double f1) {

    /** The metrics of class {@code c} of {@code m}. */
    static ClassMetrics of(ConfusionMatrix m, int c) {
        int tp = m.count(c, c);
        int support = m.support(c);
        int predicted = m.predicted(c);
        return new ClassMetrics(m.classes().get(c), support, predicted, tp, ratio(tp, predicted),
                ratio(tp, support), ratio(2L * tp, (long) support + predicted));
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
