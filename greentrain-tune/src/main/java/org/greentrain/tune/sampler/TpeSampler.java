package org.greentrain.tune.sampler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.greentrain.tune.space.CategoricalParam;
import org.greentrain.tune.space.FloatParam;
import org.greentrain.tune.space.IntParam;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;

/**
 * The Tree-structured Parzen Estimator (Bergstra et al. 2011) with Optuna's defaults, for one or several objectives.
 *
 * <p>With several objectives the "below"/"above" split is MOTPE's ({@link ParetoSplit}): whole non-dominated fronts
 * first, the front that does not fit thinned by greedy hypervolume contribution. Observations keep the weights below;
 * Optuna additionally weights the "below" trials by their hypervolume contribution, which this sampler does not.
 *
 * <p>Until {@code startupTrials} (default 10) trials are COMPLETE it samples at random. Then the COMPLETE trials are
 * split: the best gamma(n) = min(ceil(0.1 n), 25) form the "below" group, the rest "above"; PRUNED trials and, as a
 * constant liar, other RUNNING trials with parameters join "above" (they count as bad, so concurrent workers are pushed
 * apart). Each group gets a {@link ParzenMixture}; observations are weighted 1, or with more than 25 of them the older
 * ones ramp linearly from 1/n up to 1 (the newest 25 keep weight 1); the prior kernel has weight {@code priorWeight}
 * (default 1). {@code candidates} (default 24) points are drawn from the below mixture l(x), and the one maximising
 * log l(x) - log g(x) (expected improvement up to a monotone map) is chosen.
 *
 * <p>Univariate mode models each parameter alone, using the trials where it is active. Multivariate mode models the
 * unconditional parameters jointly (one kernel per trial across all of them); conditional parameters are still
 * modelled one by one. Integers are modelled as continuous on [low - 0.5, high + 0.5] (log scale for log integers) and
 * rounded.
 */
public final class TpeSampler implements Sampler {

    private final long seed;
    private final int startupTrials;
    private final int candidates;
    private final double priorWeight;
    private final boolean multivariate;
    private final boolean constantLiar;
    private final RandomSampler startup;

    /**
     * @param seed          seed of the per-trial random streams
     * @param startupTrials COMPLETE trials sampled at random first, >= 1
     * @param candidates    candidates drawn from l(x) per suggestion, >= 1
     * @param priorWeight   weight of the prior kernel, > 0
     * @param multivariate  whether to model unconditional parameters jointly
     * @param constantLiar  whether running trials count as "above" observations
     */
    public TpeSampler(long seed, int startupTrials, int candidates, double priorWeight, boolean multivariate,
                      boolean constantLiar) {
        if (startupTrials < 1) {
            throw new IllegalArgumentException("TPE startup trials must be >= 1, got " + startupTrials);
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("TPE candidates must be >= 1, got " + candidates);
        }
        if (!(priorWeight > 0) || Double.isInfinite(priorWeight)) {
            throw new IllegalArgumentException("TPE prior weight must be > 0, got " + priorWeight);
        }
        this.seed = seed;
        this.startupTrials = startupTrials;
        this.candidates = candidates;
        this.priorWeight = priorWeight;
        this.multivariate = multivariate;
        this.constantLiar = constantLiar;
        this.startup = new RandomSampler(seed);
    }

    /** Optuna's defaults (10 start-up trials, 24 candidates, prior weight 1), univariate, with constant liar. */
    public TpeSampler(long seed) {
        this(seed, 10, 24, 1.0, false, true);
    }

    /** The same sampler in multivariate mode or not. */
    public TpeSampler withMultivariate(boolean on) {
        return new TpeSampler(seed, startupTrials, candidates, priorWeight, on, constantLiar);
    }

    /** The same sampler with another number of start-up trials. */
    public TpeSampler withStartupTrials(int n) {
        return new TpeSampler(seed, n, candidates, priorWeight, multivariate, constantLiar);
    }

    /** gamma(n) = min(ceil(0.1 n), 25): the size of the "below" group. */
    static int gamma(int n) {
        return Math.min((int) Math.ceil(0.1 * n), 25);
    }

    /** Weights of n observations in trial order: 1 each, or a ramp from 1/n for all but the newest 25. */
    static double[] weights(int n) {
        double[] w = new double[n];
        if (n < 25) {
            java.util.Arrays.fill(w, 1);
            return w;
        }
        int ramp = n - 25;
        for (int i = 0; i < ramp; i++) {
            w[i] = ramp == 1 ? 1.0 / n : 1.0 / n + (1 - 1.0 / n) * i / (ramp - 1);
        }
        for (int i = ramp; i < n; i++) {
            w[i] = 1;
        }
        return w;
    }

    @Override
    public Params sample(SamplingContext context) {
        List<FrozenTrial> complete = new ArrayList<>(context.completed());
        if (complete.size() < startupTrials) {
            return startup.sample(context);
        }
        int nBelow = gamma(complete.size());
        List<FrozenTrial> below = new ArrayList<>(split(context, complete, nBelow));
        List<FrozenTrial> above = new ArrayList<>(complete);
        above.removeAll(below);
        above.addAll(context.pruned());
        if (constantLiar) {
            above.addAll(context.runningWithParams());
        }
        below.sort(Comparator.comparingInt(FrozenTrial::number));
        above.sort(Comparator.comparingInt(FrozenTrial::number));
        SplittableRandom rng = context.random(seed);
        SearchSpace space = context.space();
        Map<String, Object> chosen = new LinkedHashMap<>();
        List<Param> joint = new ArrayList<>();
        if (multivariate) {
            for (Param p : space.params()) {
                if (p.condition().isEmpty()) {
                    joint.add(p);
                }
            }
            if (joint.size() > 1) {
                sampleGroup(joint, below, above, rng, chosen);
            } else {
                joint.clear();
            }
        }
        for (Param p : space.params()) {
            if (joint.contains(p) || !p.condition().map(c -> c.isMet(chosen)).orElse(true)) {
                continue;
            }
            sampleGroup(List.of(p), below, above, rng, chosen);
        }
        return new Params(chosen);
    }

    /** The best {@code size} COMPLETE trials: by value with one goal, by {@link ParetoSplit} with several. */
    private List<FrozenTrial> split(SamplingContext context, List<FrozenTrial> complete, int size) {
        complete.sort(Comparator.comparingInt(FrozenTrial::number));
        if (context.isMultiObjective()) {
            return ParetoSplit.below(complete, context.goals(), size);
        }
        ToDoubleFunction<FrozenTrial> minimized = context.minimizedObjective(seed);
        List<FrozenTrial> byValue = new ArrayList<>(complete);
        byValue.sort(Comparator.comparingDouble(minimized).thenComparingInt(FrozenTrial::number));
        return byValue.subList(0, size);
    }

    private void sampleGroup(List<Param> group, List<FrozenTrial> below, List<FrozenTrial> above,
                             SplittableRandom rng, Map<String, Object> chosen) {
        int d = group.size();
        int[] categories = new int[d];
        double[] low = new double[d];
        double[] high = new double[d];
        for (int j = 0; j < d; j++) {
            Param p = group.get(j);
            if (p instanceof CategoricalParam) {
                categories[j] = ((CategoricalParam) p).size();
            } else if (p instanceof FloatParam) {
                low[j] = ((FloatParam) p).scaledLow();
                high[j] = ((FloatParam) p).scaledHigh();
            } else {
                low[j] = ((IntParam) p).scaledLow();
                high[j] = ((IntParam) p).scaledHigh();
            }
        }
        ParzenMixture l = mixture(group, below, categories, low, high);
        ParzenMixture g = mixture(group, above, categories, low, high);
        double[] best = new double[d];
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] x = new double[d];
        for (int c = 0; c < candidates; c++) {
            l.sample(rng, x);
            double score = l.logPdf(x) - g.logPdf(x);
            if (score > bestScore || c == 0) {
                bestScore = score;
                System.arraycopy(x, 0, best, 0, d);
            }
        }
        for (int j = 0; j < d; j++) {
            Param p = group.get(j);
            Object v;
            if (p instanceof CategoricalParam) {
                v = ((CategoricalParam) p).choices().get((int) best[j]);
            } else if (p instanceof FloatParam) {
                v = ((FloatParam) p).unscale(best[j]);
            } else {
                v = ((IntParam) p).unscale(best[j]);
            }
            chosen.put(p.name(), v);
        }
    }

    private ParzenMixture mixture(List<Param> group, List<FrozenTrial> trials, int[] categories, double[] low,
                                  double[] high) {
        List<double[]> rows = new ArrayList<>();
        for (FrozenTrial t : trials) {
            double[] row = new double[group.size()];
            boolean complete = true;
            for (int j = 0; j < group.size() && complete; j++) {
                Param p = group.get(j);
                Object v = t.params().asMap().get(p.name());
                if (v == null) {
                    complete = false;
                } else if (p instanceof CategoricalParam) {
                    row[j] = ((CategoricalParam) p).indexOf(v);
                    complete = row[j] >= 0;
                } else if (p instanceof FloatParam) {
                    row[j] = ((FloatParam) p).scale(((Number) v).doubleValue());
                } else {
                    row[j] = ((IntParam) p).scale(((Number) v).doubleValue());
                }
            }
            if (complete) {
                rows.add(row);
            }
        }
        return new ParzenMixture(rows.toArray(new double[0][]), weights(rows.size()), categories, low, high,
                priorWeight);
    }

    @Override
    public String describe() {
        return "tpe(seed=" + seed + ",startup=" + startupTrials + ",candidates=" + candidates + ",prior="
                + priorWeight + (multivariate ? ",multivariate" : "") + (constantLiar ? ",constant-liar" : "") + ")";
    }
}
