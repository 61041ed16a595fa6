package org.greentrain.tune.sampler.gp;

/**
 * How a Bayesian optimiser scores a candidate from the surrogate's prediction, larger being better. Every function is
 * written for minimisation of standardised values: {@code mean} and {@code sd} are the posterior at the candidate,
 * {@code best} the lowest observed value.
 */
public sealed interface Acquisition {

    /** The score of a candidate; larger is better. */
    double score(double mean, double sd, double best);

    /** Whether the score is a log quantity (then a cost is subtracted as a log rather than divided). */
    default boolean isLog() {
        return false;
    }

    /** A short name for descriptions. */
    String describe();

    /** Expected improvement: E[max(best - f, 0)] = sd h((best - mean) / sd). */
    record ExpectedImprovement() implements Acquisition {
        @Override
        public double score(double mean, double sd, double best) {
            return sd * NormalDist.h((best - mean) / sd);
        }

        @Override
        public String describe() {
            return "ei";
        }
    }

    /** log EI, computed without underflow far from the incumbent, so flat regions still rank (Ament et al. 2023). */
    record LogExpectedImprovement() implements Acquisition {
        @Override
        public double score(double mean, double sd, double best) {
            return Math.log(sd) + NormalDist.logH((best - mean) / sd);
        }

        @Override
        public boolean isLog() {
            return true;
        }

        @Override
        public String describe() {
            return "logei";
        }
    }

    /**
     * Probability of improvement Phi((best - mean) / (sd + epsilon)). With {@code epsilon = 1e-9} it is the
     * green-training paper's Eq. 1 (there written for maximisation); with 0 the textbook form.
     *
     * @param epsilon added to the standard deviation, >= 0
     */
    record ProbabilityOfImprovement(double epsilon) implements Acquisition {
        /** The paper's epsilon. */
        public static final double PAPER_EPSILON = 1e-9;

        public ProbabilityOfImprovement {
            if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
                throw new IllegalArgumentException("PI epsilon must be >= 0, got " + epsilon);
            }
        }

        @Override
        public double score(double mean, double sd, double best) {
            return NormalDist.cdf((best - mean) / (sd + epsilon));
        }

        @Override
        public String describe() {
            return "pi(eps=" + epsilon + ")";
        }
    }

    /**
     * Upper confidence bound for minimisation (a lower confidence bound on the value): -mean + kappa sd.
     *
     * @param kappa exploration weight, >= 0
     */
    record UpperConfidenceBound(double kappa) implements Acquisition {
        public UpperConfidenceBound {
            if (!(kappa >= 0) || Double.isInfinite(kappa)) {
                throw new IllegalArgumentException("UCB kappa must be >= 0, got " + kappa);
            }
        }

        @Override
        public double score(double mean, double sd, double best) {
            return -mean + kappa * sd;
        }

        @Override
        public String describe() {
            return "ucb(kappa=" + kappa + ")";
        }
    }
}
