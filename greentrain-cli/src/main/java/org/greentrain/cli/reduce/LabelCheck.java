package org.greentrain.cli.reduce;

import java.util.List;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.Dataset;

/**
 * Refuses a label column that holds measurements rather than classes: numbers with a fractional part, such as a
 * regression target, would each become a class of their own. Class names and whole numbers pass.
 */
final class LabelCheck {

    private LabelCheck() {
    }

    /**
     * @param labelOption the option that named the label column, for the message
     * @throws UsageException when every class name is a number and some are not whole numbers
     */
    static void requireClasses(Dataset data, String labelOption) {
        List<String> names = data.classNames();
        String fractional = null;
        for (String name : names) {
            double value;
            try {
                value = Double.parseDouble(name);
            } catch (NumberFormatException e) {
                return; // a class name
            }
            if (fractional == null && value != Math.rint(value)) {
                fractional = name;
            }
        }
        if (fractional != null) {
            throw new UsageException("the label column of " + data.name() + " holds numbers that are not whole ("
                    + fractional + ", " + names.size() + " distinct values): reduction needs class labels, names or "
                    + "integers; choose the class column with " + labelOption);
        }
    }
}
