package org.greentrain.tune.study;

/**
 * What a study optimises: a function of a {@link Trial} returning one value per goal that is not the energy goal, in
 * goal order. It may report intermediate values, check {@link Trial#shouldPrune()} and throw
 * {@link TrialPrunedException}; any other exception fails the trial and the study goes on.
 */
@FunctionalInterface
public interface Objective {

    /** Evaluates the trial. */
    double[] evaluate(Trial trial) throws Exception;

    /** A single-valued objective. */
    static Objective scalar(Scalar f) {
        return t -> new double[] {f.evaluate(t)};
    }

    /** A function returning one number. */
    @FunctionalInterface
    interface Scalar {
        /** Evaluates the trial. */
        double evaluate(Trial trial) throws Exception;
    }
}
