package org.greentrain.reduce.metric;

import java.util.Arrays;
import java.util.Objects;
import org.greentrain.reduce.geometry.Norm;

/**
 * The ε-representativeness of a reduced dataset (spec §2): the overall ε and the value of each class.
 *
 * <p>A class that has rows in the full dataset but none in the reduced one has ε = +∞, and so does the overall value;
 * {@link #missingClasses()} lists such classes so that a caller never mistakes them for a perfect score. A class with
 * no rows in the full dataset has ε = 0.
 *
 * @param epsilon        max over classes; +∞ when a class is missing
 * @param perClass       ε of each class, indexed by label
 * @param missingClasses labels with full rows but no reduced row, ascending
 * @param norm           the norm the distances were measured in
 */
public record EpsilonResult(double epsilon, double[] perClass, int[] missingClasses, Norm norm) {

    public EpsilonResult {
        Objects.requireNonNull(norm, "norm");
        perClass = perClass.clone();
        missingClasses = missingClasses.clone();
    }

    @Override
    public double[] perClass() {
        return perClass.clone();
    }

    @Override
    public int[] missingClasses() {
        return missingClasses.clone();
    }

    /** Whether some class of the full dataset has no representative at all. */
    public boolean hasMissingClasses() {
        return missingClasses.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpsilonResult r && Double.compare(epsilon, r.epsilon) == 0
                && Arrays.equals(perClass, r.perClass) && Arrays.equals(missingClasses, r.missingClasses)
                && norm == r.norm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epsilon, Arrays.hashCode(perClass), Arrays.hashCode(missingClasses), norm);
    }

    @Override
    public String toString() {
        return "EpsilonResult[" + norm.id() + " epsilon=" + epsilon + ", perClass=" + Arrays.toString(perClass)
                + ", missing=" + Arrays.toString(missingClasses) + "]";
    }
}
