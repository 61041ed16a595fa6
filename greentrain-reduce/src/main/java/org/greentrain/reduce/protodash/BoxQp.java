package org.greentrain.reduce.protodash;

import java.util.Arrays;

/**
 * Solves the convex box-constrained quadratic program of ProtoDash's weight step,
 * {@code min ½ wᵀKw − μᵀw subject to 0 ≤ w ≤ upper}, with K positive semi-definite.
 *
 * <p>Method: the active-set algorithm of Lawson and Hanson, extended to upper bounds. Variables are at 0, at the upper
 * bound, or free; the free ones solve their equality-constrained subproblem by a Cholesky factor that is updated as
 * variables join and leave the free set ({@link FreeFactor}), a ratio test keeps the iterate feasible, and the
 * variable that most violates its optimality condition is freed next. K may be singular (the linear kernel once there
 * are more prototypes than features): when freeing a variable would make the free block singular, the solver instead
 * moves along the zero-curvature direction, where the objective falls linearly, to the first bound, which restores a
 * non-singular free block. Warm starts are natural: ProtoDash passes the previous optimum plus the new variable at 0,
 * which usually takes one step.
 */
public final class BoxQp {

    private static final double RELATIVE_TOLERANCE = 1e-10;

    private final FreeFactor factors = new FreeFactor();

    private BoxQp() {
    }

    /**
     * A solver for a sequence of problems in which each matrix is the previous one with rows and columns added at the
     * end (ProtoDash adds one pick per step): the factorisations of one problem carry over to the next.
     */
    public static BoxQp forGrowingMatrix() {
        return new BoxQp();
    }

    /**
     * Solves in place, starting from the feasible or clipped {@code w}.
     *
     * @return the number of free-set changes made
     */
    public static int solve(Gram k, double[] mu, double upper, double[] w) {
        return new BoxQp().solveNext(k, mu, upper, w);
    }

    /**
     * Solves the next problem of the sequence in place, like {@link #solve}; {@code k} must extend the matrix of the
     * previous call.
     *
     * @return the number of free-set changes made
     */
    public int solveNext(Gram k, double[] mu, double upper, double[] w) {
        int n = k.size();
        if (mu.length != n || w.length != n) {
            throw new IllegalArgumentException("a QP of size " + n + " needs " + n + " linear terms and weights");
        }
        if (!(upper > 0)) {
            throw new IllegalArgumentException("the upper bound must be positive, got " + upper);
        }
        byte[] state = new byte[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.min(upper, Math.max(0, w[i]));
            state[i] = w[i] == 0 ? AT_ZERO : w[i] == upper ? AT_UPPER : FREE;
        }
        double tolerance = tolerance(k, mu, upper);
        factors.use(k);
        boolean[] dependent = new boolean[n];
        double[] gradient = new double[n];
        int changes = 0;
        int limit = 10 * (n + 1);
        while (changes < limit) {
            if (!settleFree(factors, mu, upper, w, state)) {
                // a singular free block (only from a warm start with dependent free variables): start over from 0
                Arrays.fill(w, 0);
                Arrays.fill(state, AT_ZERO);
            }
            gradient(k, mu, w, gradient);
            int worst = -1;
            double violation = tolerance;
            for (int i = 0; i < n; i++) {
                double v = state[i] == AT_ZERO ? -gradient[i] : state[i] == AT_UPPER ? gradient[i] : 0;
                if (!dependent[i] && v > violation) {
                    violation = v;
                    worst = i;
                }
            }
            if (worst < 0) {
                break;
            }
            byte before = state[worst];
            double[] saved = w.clone();
            byte[] savedState = state.clone();
            state[worst] = FREE;
            changes++;
            if (!settleFree(factors, mu, upper, w, state)) {
                // K is singular on the free set plus `worst`: the objective is linear along the null direction; the
                // next round settles the new free set
                System.arraycopy(saved, 0, w, 0, n);
                System.arraycopy(savedState, 0, state, 0, n);
                if (!alongNullDirection(factors, upper, w, state, worst, before)) {
                    dependent[worst] = true;
                }
            }
        }
        if (changes == limit) {
            settleFree(factors, mu, upper, w, state);
        }
        return changes;
    }

    /**
     * The largest violation of the optimality (KKT) conditions at {@code w}: |gradient| of free variables, the wrong
     * sign of the gradient at a bound, and any infeasibility.
     */
    public static double kktViolation(Gram k, double[] mu, double upper, double[] w) {
        double[] g = new double[w.length];
        gradient(k, mu, w, g);
        double worst = 0;
        for (int i = 0; i < w.length; i++) {
            double v;
            if (w[i] < 0 || w[i] > upper) {
                v = Math.max(-w[i], w[i] - upper);
            } else if (w[i] == 0) {
                v = Math.max(0, -g[i]);
            } else if (w[i] == upper) {
                v = Math.max(0, g[i]);
            } else {
                v = Math.abs(g[i]);
            }
            worst = Math.max(worst, v);
        }
        return worst;
    }

    /** The tolerance of the optimality test, relative to the problem's scale. */
    static double tolerance(Gram k, double[] mu, double upper) {
        double scale = 0;
        for (int i = 0; i < mu.length; i++) {
            scale = Math.max(scale, Math.max(Math.abs(mu[i]), k.get(i, i)));
        }
        return RELATIVE_TOLERANCE * Math.max(scale, Double.MIN_NORMAL);
    }

    private static final byte AT_ZERO = 0;
    private static final byte FREE = 1;
    private static final byte AT_UPPER = 2;

    /**
     * The inner loop: moves the free variables towards the minimiser of their subproblem, dropping to a bound any
     * that would leave the box, until the free ones sit strictly inside. Returns false when the free block of K is
     * numerically singular.
     */
    private static boolean settleFree(FreeFactor factors, double[] mu, double upper, double[] w, byte[] state) {
        int n = w.length;
        for (int round = 0; round <= n; round++) {
            int[] free = new int[n];
            int f = 0;
            for (int i = 0; i < n; i++) {
                if (state[i] == FREE) {
                    free[f++] = i;
                }
            }
            if (f == 0) {
                return true;
            }
            double[] z = solveFree(factors, mu, upper, state, Arrays.copyOf(free, f));
            if (z == null) {
                return false;
            }
            double[] ratio = new double[f];
            double alpha = 1;
            for (int a = 0; a < f; a++) {
                int i = free[a];
                ratio[a] = z[a] <= 0 ? (w[i] == 0 ? 0 : w[i] / (w[i] - z[a]))
                        : z[a] >= upper ? (w[i] == upper ? 0 : (upper - w[i]) / (z[a] - w[i]))
                        : Double.POSITIVE_INFINITY;
                alpha = Math.min(alpha, ratio[a]);
            }
            if (alpha >= 1) {
                for (int a = 0; a < f; a++) {
                    w[free[a]] = z[a];
                }
                return true;
            }
            // step to the first bound met; the variables that meet it (up to rounding) leave the free set
            for (int a = 0; a < f; a++) {
                int i = free[a];
                if (ratio[a] <= alpha * (1 + 1e-12)) {
                    w[i] = z[a] <= 0 ? 0 : upper;
                    state[i] = z[a] <= 0 ? AT_ZERO : AT_UPPER;
                } else {
                    w[i] = Math.min(upper, Math.max(0, w[i] + alpha * (z[a] - w[i])));
                }
            }
        }
        throw new IllegalStateException("box QP inner loop did not settle");
    }

    /**
     * Moves along the direction that changes {@code t} (away from its bound) while keeping the gradient of the free
     * variables zero, a direction of zero curvature when K restricted to the free set plus t is singular; the
     * objective falls linearly along it, so the step goes to the first bound met. Returns false when the free block
     * itself cannot be factored.
     */
    private static boolean alongNullDirection(FreeFactor factors, double upper, double[] w, byte[] state, int t,
            byte tState) {
        Gram k = factors.gram();
        int n = w.length;
        int[] free = new int[n];
        int f = 0;
        for (int i = 0; i < n; i++) {
            if (state[i] == FREE) {
                free[f++] = i;
            }
        }
        free = Arrays.copyOf(free, f);
        double sign = tState == AT_ZERO ? 1 : -1;
        double[] kft = new double[f];
        for (int a = 0; a < f; a++) {
            kft[a] = k.get(free[a], t);
        }
        double[] dF = factors.solve(free, kft);
        if (dF == null) {
            return false;
        }
        double alpha = upper; // t alone can move across the whole box
        int blocking = -1;
        for (int a = 0; a < f; a++) {
            double d = -sign * dF[a];
            int i = free[a];
            double room = d > 0 ? (upper - w[i]) / d : d < 0 ? w[i] / -d : Double.POSITIVE_INFINITY;
            if (room < alpha) {
                alpha = room;
                blocking = a;
            }
        }
        for (int a = 0; a < f; a++) {
            int i = free[a];
            w[i] = Math.min(upper, Math.max(0, w[i] - sign * dF[a] * alpha));
        }
        w[t] = Math.min(upper, Math.max(0, w[t] + sign * alpha));
        if (blocking < 0) {
            state[t] = tState == AT_ZERO ? AT_UPPER : AT_ZERO;
            w[t] = tState == AT_ZERO ? upper : 0;
        } else {
            int b = free[blocking];
            boolean down = -sign * dF[blocking] < 0;
            w[b] = down ? 0 : upper;
            state[b] = down ? AT_ZERO : AT_UPPER;
            state[t] = FREE;
        }
        return true;
    }

    /** Solves {@code K_FF z = μ_F − K_FU · upper}; null when K_FF is not numerically positive definite. */
    private static double[] solveFree(FreeFactor factors, double[] mu, double upper, byte[] state, int[] free) {
        Gram k = factors.gram();
        int f = free.length;
        double[] rhs = new double[f];
        for (int a = 0; a < f; a++) {
            double r = mu[free[a]];
            for (int i = 0; i < state.length; i++) {
                if (state[i] == AT_UPPER) {
                    r -= k.get(free[a], i) * upper;
                }
            }
            rhs[a] = r;
        }
        return factors.solve(free, rhs);
    }

    private static void gradient(Gram k, double[] mu, double[] w, double[] out) {
        k.times(w, out);
        for (int i = 0; i < out.length; i++) {
            out[i] -= mu[i];
        }
    }
}
