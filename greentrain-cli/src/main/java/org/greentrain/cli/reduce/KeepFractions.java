package org.greentrain.cli.reduce;

import java.util.Arrays;
import org.greentrain.cli.common.UsageException;

/** The values of {@code --keep}: one fraction or a comma-separated list, each in (0, 1], in the order given. */
final class KeepFractions {

    private KeepFractions() {
    }

    /**
     * Parses {@code text} such as {@code 0.3} or {@code 0.1,0.3,0.5}.
     *
     * @throws UsageException for an entry that is not a number in (0, 1], or a repeated entry
     */
    static double[] parse(String text) {
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            double keep;
            try {
                keep = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                keep = Double.NaN;
            }
            if (!(keep > 0 && keep <= 1)) {
                throw new UsageException("--keep takes fractions of the rows to keep, each in (0, 1] such as 0.3 or "
                        + "0.1,0.3,0.5; got '" + part + "'");
            }
            out[i] = keep;
        }
        if (Arrays.stream(out).distinct().count() != out.length) {
            throw new UsageException("--keep lists a fraction twice: " + text);
        }
        return out;
    }
}
