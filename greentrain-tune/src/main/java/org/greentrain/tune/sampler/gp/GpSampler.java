package org.greentrain.tune.sampler.gp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.greentrain.tune.sampler.ParEgoScalarization;
import org.greentrain.tune.sampler.QmcSampler;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.sampler.SamplingContext;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.TrialState;

/**
 * Bayesian optimisation with a Gaussian process, for one or several objectives.
 *
 * <p>Several objectives (for example {@code accuracy:maximize,energy:minimize}) are handled as in ParEGO (Knowles
 * 2006): each suggestion scalarises the objectives with its own random weight vector ({@link ParEgoScalarization}:
 * weights from (seed, trial number), objectives normalised to [0, 1] over the COMPLETE trials, augmented Chebyshev
 * function with rho 0.05) and runs the single-objective machinery below on that one value, constant liar included.
 * Varying the weights from trial to trial spreads the suggestions along the Pareto front; one GP per suggestion keeps
 * the cost that of single-objective BO. With one objective nothing changes.
 *
 * <ol>
 *   <li>Initial design: until {@code startupTrials} trials are COMPLETE, points come from a scrambled Sobol' sequence
 *   (by trial number), or a Halton sequence for more than 20 parameters. The default is 2d + 1 for d encoded
 *   dimensions, at least 5.</li>
 *   <li>Model: a {@link GaussianProcess} (Matérn-5/2 ARD, learned noise) on the COMPLETE trials, inputs encoded by
 *   {@link GpEncoding} (log parameters in log space, categoricals one-hot), values turned into minimisation and
 *   standardised. Still-running trials with parameters join the data with the worst value observed (constant liar), so
 *   concurrent workers get distinct points. A lower-numbered trial asked at the same moment by another process, whose
 *   parameters are not stored yet, joins with the suggestion it would get, recomputed here. A PRUNED trial counts as
 *   the worst COMPLETE value so far (as TPE counts it among the poor trials): otherwise the model would not change
 *   after a pruned suggestion and would suggest the same point again, to be pruned again. FAIL trials are ignored.</li>
 *   <li>Acquisition ({@link Acquisition}: EI, log-EI, PI, UCB) maximised over {@code candidates} random points plus
 *   perturbations of the best observed points, then refined by compass search on the numeric coordinates from the five
 *   best candidates.</li>
 *   <li>Cost-aware mode: a second GP fitted on log-joules of COMPLETE trials predicts a candidate's energy; the score
 *   becomes EI / predicted joules (for log acquisitions, log EI - predicted log joules; for PI, PI / joules). It needs
 *   at least 3 trials with energy, and cannot be combined with UCB, whose score may be negative, nor with several
 *   objectives (energy would then be counted twice, or traded against a scalarised value with no unit).</li>
 * </ol>
 */
public final class GpSampler implements Sampler {

    /** At most this many pending trials (asked, parameters not stored yet) get their suggestion guessed. */
    private static final int MAX_GUESSED = 8;

    private final long seed;
    private final Acquisition acquisition;
    private final int startupTrials;
    private final int candidates;
    private final int restarts;
    private final boolean costAware;

    /**
     * @param seed          seed of the per-trial random streams
     * @param acquisition   the acquisition function
     * @param startupTrials COMPLETE trials before the GP takes over; -1 for 2d + 1 (at least 5)
     * @param candidates    random candidates scored per suggestion
     * @param restarts      random restarts of the hyperparameter fit besides the default start
     * @param costAware     whether to divide the acquisition by predicted energy
     */
    public GpSampler(long seed, Acquisition acquisition, int startupTrials, int candidates, int restarts,
                     boolean costAware) {
        if (startupTrials < -1 || startupTrials == 0) {
            throw new IllegalArgumentException("startup trials must be >= 1 (or -1 for 2d+1), got " + startupTrials);
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1, got " + candidates);
        }
        if (restarts < 0) {
            throw new IllegalArgumentException("restarts must be >= 0, got " + restarts);
        }
        if (costAware && acquisition instanceof Acquisition.UpperConfidenceBound) {
            throw new IllegalArgumentException("cost-aware BO needs ei, logei or pi: a UCB score may be negative");
        }
        this.seed = seed;
        this.acquisition = acquisition;
        this.startupTrials = startupTrials;
        this.candidates = candidates;
        this.restarts = restarts;
        this.costAware = costAware;
    }

    /** log-EI, automatic start-up, 1000 candidates, 2 restarts, worst-value liar, not cost-aware. */
    public GpSampler(long seed) {
        this(seed, new Acquisition.LogExpectedImprovement(), -1, 1000, 2, false);
    }

    /** The same sampler with another acquisition. */
    public GpSampler withAcquisition(Acquisition a) {
        return new GpSampler(seed, a, startupTrials, candidates, restarts, costAware);
    }

    /** The same sampler with another number of start-up trials. */
    public GpSampler withStartupTrials(int n) {
        return new GpSampler(seed, acquisition, n, candidates, restarts, costAware);
    }

    /** The same sampler, cost-aware or not. */
    public GpSampler withCostAware(boolean on) {
        return new GpSampler(seed, acquisition, startupTrials, candidates, restarts, on);
    }

    /** Sobol' points, or Halton points for spaces beyond Sobol's 20 dimensions. */
    private QmcSampler startup(SearchSpace space) {
        return new QmcSampler(space.size() <= QmcSampler.SOBOL_MAX_DIMENSIONS ? QmcSampler.Kind.SOBOL
                : QmcSampler.Kind.HALTON, true, seed);
    }

    @Override
    public void checkSpace(SearchSpace space) {
        startup(space).checkSpace(space);
    }

    @Override
    public Params sample(SamplingContext context) {
        if (costAware && context.isMultiObjective()) {
            throw new IllegalArgumentException("cost-aware BO optimises one goal per joule; for "
                    + Goal.canonical(context.goals()) + " use plain gp (or nsga2), which trades the goals off");
        }
        GpEncoding enc = new GpEncoding(context.space());
        int d = enc.dims();
        List<FrozenTrial> complete = context.completed();
        int needed = startupTrials == -1 ? Math.max(5, 2 * d + 1) : startupTrials;
        if (complete.size() < needed) {
            return startup(context.space()).sample(context);
        }
        SamplingContext seen = context;
        List<FrozenTrial> pending = context.pendingTrialsBefore();
        for (FrozenTrial p : pending.subList(Math.max(0, pending.size() - MAX_GUESSED), pending.size())) {
            seen = seen.withParams(p.number(), suggest(seen.forTrial(p.number()), enc));
        }
        return suggest(seen, enc);
    }

    /** The GP's suggestion for {@code context}, past the start-up design. */
    private Params suggest(SamplingContext context, GpEncoding enc) {
        int d = enc.dims();
        List<FrozenTrial> complete = context.completed();
        SplittableRandom rng = context.random(seed);
        List<FrozenTrial> pruned = context.pruned();
        List<FrozenTrial> running = context.runningWithParams();
        int n = complete.size() + pruned.size() + running.size();
        double[] x = new double[n * d];
        double[] y = new double[n];
        ToDoubleFunction<FrozenTrial> minimized = context.minimizedObjective(seed);
        for (int i = 0; i < complete.size(); i++) {
            enc.encode(complete.get(i).params(), x, i * d);
            y[i] = minimized.applyAsDouble(complete.get(i));
        }
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < complete.size(); i++) {
            best = Math.min(best, y[i]);
            worst = Math.max(worst, y[i]);
        }
        int row = complete.size();
        for (FrozenTrial t : pruned) {
            enc.encode(t.params(), x, row * d);
            y[row++] = worst;
        }
        for (FrozenTrial t : running) {
            enc.encode(t.params(), x, row * d);
            y[row++] = worst;
        }
        GaussianProcess gp = GaussianProcess.fit(x, n, d, y, restarts, rng);
        GaussianProcess cost = costAware ? costModel(enc, context.trials(), rng) : null;
        Scorer scorer = new Scorer(gp, cost, acquisition, gp.standardise(best), n, cost == null ? 0 : cost.size());
        return enc.decode(optimise(enc, scorer, x, complete.size(), y, rng), 0);
    }

    private GaussianProcess costModel(GpEncoding enc, List<FrozenTrial> trials, SplittableRandom rng) {
        List<FrozenTrial> withEnergy = new ArrayList<>();
        for (FrozenTrial t : trials) {
            if (t.state() == TrialState.COMPLETE && t.energy() != null && t.energy().joules() > 0) {
                withEnergy.add(t);
            }
        }
        if (withEnergy.size() < 3) {
            return null;
        }
        int d = enc.dims();
        double[] x = new double[withEnergy.size() * d];
        double[] y = new double[withEnergy.size()];
        for (int i = 0; i < withEnergy.size(); i++) {
            enc.encode(withEnergy.get(i).params(), x, i * d);
            y[i] = Math.log(withEnergy.get(i).energy().joules());
        }
        return GaussianProcess.fit(x, withEnergy.size(), d, y, 1, rng);
    }

    /** Scores encoded points; reuses its buffers, so one per thread. */
    private static final class Scorer {
        private final GaussianProcess gp;
        private final GaussianProcess cost;
        private final Acquisition acquisition;
        private final double best;
        private final double[] work;
        private final double[] costWork;
        private final double[] out = new double[2];

        Scorer(GaussianProcess gp, GaussianProcess cost, Acquisition acquisition, double best, int n, int m) {
            this.gp = gp;
            this.cost = cost;
            this.acquisition = acquisition;
            this.best = best;
            this.work = new double[n];
            this.costWork = new double[Math.max(m, 1)];
        }

        double score(double[] z, int o) {
            gp.predictStandardised(z, o, work, out);
            double s = acquisition.score(out[0], out[1], best);
            if (cost == null) {
                return s;
            }
            cost.predict(z, o, costWork, out);
            double logJoules = out[0];
            return acquisition.isLog() ? s - logJoules : s / Math.exp(logJoules);
        }
    }

    private double[] optimise(GpEncoding enc, Scorer scorer, double[] x, int nComplete, double[] y,
                              SplittableRandom rng) {
        int d = enc.dims();
        int perturbed = Math.min(nComplete, 5) * 20;
        int total = candidates + perturbed;
        double[] cand = new double[total * d];
        for (int c = 0; c < candidates; c++) {
            enc.randomPoint(rng, cand, c * d);
        }
        Integer[] order = new Integer[nComplete];
        for (int i = 0; i < nComplete; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        boolean[] numeric = enc.numericMask();
        double[] tmp = new double[d];
        for (int c = candidates; c < total; c++) {
            int src = order[(c - candidates) / 20];
            for (int k = 0; k < d; k++) {
                tmp[k] = numeric[k] ? x[src * d + k] + 0.05 * rng.nextGaussian() : x[src * d + k];
            }
            canonicalise(enc, tmp, cand, c * d);
        }
        double[] scores = new double[total];
        for (int c = 0; c < total; c++) {
            scores[c] = scorer.score(cand, c * d);
        }
        int top = Math.min(5, total);
        int[] best = topIndices(scores, top);
        double[] bestPoint = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] point = new double[d];
        for (int b : best) {
            System.arraycopy(cand, b * d, point, 0, d);
            double s = compassSearch(enc, scorer, point, scores[b], numeric);
            if (s > bestScore || bestPoint == null) {
                bestScore = s;
                bestPoint = point.clone();
            }
        }
        return bestPoint;
    }

    /** Decodes and re-encodes, so integers are rounded and conditional parameters consistent. */
    private static void canonicalise(GpEncoding enc, double[] raw, double[] out, int o) {
        for (int k = 0; k < raw.length; k++) {
            raw[k] = Math.min(1, Math.max(0, raw[k]));
        }
        enc.encode(enc.decode(raw, 0), out, o);
    }

    /** Coordinate-wise pattern search on numeric coordinates: steps of 0.1 halved down to 1e-3. */
    private static double compassSearch(GpEncoding enc, Scorer scorer, double[] point, double score,
                                        boolean[] numeric) {
        int d = point.length;
        double[] raw = new double[d];
        double[] trial = new double[d];
        double step = 0.1;
        int evaluations = 0;
        while (step >= 1e-3 && evaluations < 60 * d) {
            boolean improved = false;
            for (int k = 0; k < d; k++) {
                if (!numeric[k]) {
                    continue;
                }
                for (int sign = -1; sign <= 1; sign += 2) {
                    System.arraycopy(point, 0, raw, 0, d);
                    raw[k] += sign * step;
                    if (raw[k] < 0 || raw[k] > 1) {
                        continue;
                    }
                    canonicalise(enc, raw, trial, 0);
                    double s = scorer.score(trial, 0);
                    evaluations++;
                    if (s > score) {
                        score = s;
                        System.arraycopy(trial, 0, point, 0, d);
                        improved = true;
                        break;
                    }
                }
            }
            if (!improved) {
                step *= 0.5;
            }
        }
        return score;
    }

    private static int[] topIndices(double[] scores, int k) {
        int[] idx = new int[k];
        boolean[] used = new boolean[scores.length];
        for (int t = 0; t < k; t++) {
            int arg = -1;
            for (int i = 0; i < scores.length; i++) {
                if (!used[i] && (arg < 0 || scores[i] > scores[arg])) {
                    arg = i;
                }
            }
            used[arg] = true;
            idx[t] = arg;
        }
        return idx;
    }

    @Override
    public String describe() {
        return "gp(seed=" + seed + ",acq=" + acquisition.describe() + ",startup=" + (startupTrials == -1 ? "2d+1"
                : Integer.toString(startupTrials)) + ",candidates=" + candidates + ",liar=worst"
                + (costAware ? ",cost-aware" : "") + ")";
    }
}
