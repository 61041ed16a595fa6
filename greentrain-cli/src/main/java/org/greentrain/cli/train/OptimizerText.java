package org.greentrain.cli.train;

import java.util.regex.Pattern;
import org.greentrain.cli.common.UsageException;

/** Merges {@code --lr} into the {@code --optimizer} text, so that the optimizer's own parser sees one spec. */
final class OptimizerText {

    private static final Pattern LR_KEY = Pattern.compile("[:,]\\s*lr\\s*=", Pattern.CASE_INSENSITIVE);

    private OptimizerText() {
    }

    /**
     * {@code optimizer} with {@code lr=RATE} added, or unchanged when {@code lr} is null.
     *
     * @throws UsageException when the optimizer text sets the learning rate too
     */
    static String withLearningRate(String optimizer, Double lr) {
        String text = optimizer.strip();
        if (lr == null) {
            return text;
        }
        if (LR_KEY.matcher(text).find()) {
            throw new UsageException("the learning rate is given twice, by --lr and in --optimizer '" + text
                    + "': keep one");
        }
        String separator = !text.contains(":") ? ":" : text.endsWith(":") ? "" : ",";
        return text + separator + "lr=" + lr;
    }
}
