package org.greentrain.train.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The evaluation of a classifier on one dataset: accuracy, mean loss, precision/recall/F1 per class and their macro
 * averages, and the confusion matrix. As in the data-reduction paper (scikit-learn {@code classification_report} with
 * {@code zero_division=np.nan}), an undefined per-class value is NaN and is left out of the macro average;
 * {@link #undefinedPrecision()} names the classes that were never predicted, whose precision is undefined.
 *
 * @param accuracy           fraction of examples predicted correctly
 * @param loss               mean cross-entropy (unweighted), NaN when not computed
 * @param classes            metrics per class, in label order
 * @param macroPrecision     mean precision over classes where it is defined
 * @param macroRecall        mean recall over classes where it is defined
 * @param macroF1            mean F1 over classes where it is defined
 * @param undefinedPrecision classes never predicted, whose precision is NaN and excluded from the macro average
 * @param confusion          the confusion matrix
 */
public record ClassificationReport(double accuracy, double loss, List<ClassMetrics> classes, double macroPrecision,
                                   double macroRecall, double macroF1, List<String> undefinedPrecision,
                                   ConfusionMatrix confusion) {

    public ClassificationReport {
        classes = List.copyOf(classes);
        undefinedPrecision = List.copyOf(undefinedPrecision);
    }

    /** The report for {@code confusion}, with the mean {@code loss} measured alongside (NaN when unknown). */
    public static ClassificationReport of(ConfusionMatrix confusion, double loss) {
        List<ClassMetrics> metrics = new ArrayList<>();
        List<String> undefined = new ArrayList<>();
        for (int c = 0; c < confusion.classes().size(); c++) {
            ClassMetrics m = ClassMetrics.of(confusion, c);
            metrics.add(m);
            if (Double.isNaN(m.precision())) {
                undefined.add(m.name());
            }
        }
        int total = confusion.total();
        double accuracy = total == 0 ? Double.NaN : (double) confusion.correct() / total;
        return new ClassificationReport(accuracy, loss, metrics, nanMean(metrics, ClassMetrics::precision),
                nanMean(metrics, ClassMetrics::recall), nanMean(metrics, ClassMetrics::f1), undefined, confusion);
    }

    /** The report of {@code predicted} against {@code actual}. */
    public static ClassificationReport of(int[] actual, int[] predicted, List<String> classNames, double loss) {
        return of(ConfusionMatrix.of(actual, predicted, classNames), loss);
    }

    private static double nanMean(List<ClassMetrics> metrics, ToDoubleFunction<ClassMetrics> value) {
        double sum = 0;
        int n = 0;
        for (ClassMetrics m : metrics) {
            double v = value.applyAsDouble(m);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
