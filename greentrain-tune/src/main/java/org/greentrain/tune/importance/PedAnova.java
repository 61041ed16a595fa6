package org.greentrain.tune.importance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.greentrain.tune.space.CategoricalParam;
import org.greentrain.tune.space.IntParam;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;

/**
 * Hyperparameter importance by PED-ANOVA (Watanabe, Bansal and Hutter, IJCAI 2023): a parameter matters as much as its
 * distribution among the best trials differs from its distribution among all ranked trials, measured by the Pearson
 * divergence {@code Σ p_top² / p_all − 1}. It needs no surrogate model, only the trials, so it is cheap and works
 * for any ranking: the study's objective, or the joules each trial cost.
 *
 * <p>Categorical parameters, and integers with fewer than {@value #GRID} values, are compared through the frequencies
 * of their values with one pseudo-count each; other numbers on their unit scale (log scale for log parameters)
 * through Gaussian kernel densities on a grid of {@value #GRID} cells (bandwidth by Scott's rule with a floor of one
 * cell, plus one uniform pseudo-value). The best trials are the best
 * {@code ceil(topFraction · n)} of the n ranked trials that set the parameter, and at least two.
 */
public final class PedAnova {

    /** Trials a parameter needs before its divergence means anything. */
    public static final int MIN_TRIALS = 5;
    /** The best tenth of the trials, as the PED-ANOVA paper and Optuna use. */
    public static final double DEFAULT_TOP_FRACTION = 0.1;
    static final int GRID = 50;

    private PedAnova() {
    }

    /**
     * Every parameter of {@code space}, most important first, for the trials of a study.
     *
     * @param trials      the trials; those with a NaN or infinite rank are left out
     * @param rank        each trial's rank value, smaller is better (for example a minimised objective or joules)
     * @param topFraction the share of the ranked trials that counts as the best, in (0, 1)
     * @throws IllegalArgumentException for a top fraction outside (0, 1) or fewer than {@link #MIN_TRIALS} ranked
     *                                  trials
     */
    public static List<ParamImportance> evaluate(SearchSpace space, List<FrozenTrial> trials,
                                                 ToDoubleFunction<FrozenTrial> rank, double topFraction) {
        List<FrozenTrial> byNumber = new ArrayList<>(trials);
        byNumber.sort(Comparator.comparingInt(FrozenTrial::number));
        List<Params> points = new ArrayList<>();
        double[] ranks = new double[byNumber.size()];
        for (int i = 0; i < ranks.length; i++) {
            points.add(byNumber.get(i).params());
            ranks[i] = rank.applyAsDouble(byNumber.get(i));
        }
        return evaluate(space, points, ranks, topFraction);
    }

    /**
     * Every parameter of {@code space}, most important first, for any evaluated points: {@code rank[i]} belongs to
     * {@code points.get(i)}, smaller is better; ties keep the points' order.
     *
     * @throws IllegalArgumentException for a top fraction outside (0, 1), lists of different lengths, or fewer than
     *                                  {@link #MIN_TRIALS} points with a finite rank
     */
    public static List<ParamImportance> evaluate(SearchSpace space, List<Params> points, double[] rank,
                                                 double topFraction) {
        if (!(topFraction > 0 && topFraction < 1)) {
            throw new IllegalArgumentException("the top fraction must be in (0, 1), got " + topFraction);
        }
        if (points.size() != rank.length) {
            throw new IllegalArgumentException(points.size() + " points but " + rank.length + " ranks");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rank.length; i++) {
            if (Double.isFinite(rank[i])) {
                order.add(i);
            }
        }
        if (order.size() < MIN_TRIALS) {
            throw new IllegalArgumentException("importance needs at least " + MIN_TRIALS + " finished trials with a "
                    + "value, got " + order.size());
        }
        order.sort(Comparator.comparingDouble((Integer i) -> rank[i]).thenComparingInt(i -> i));
        List<Params> ranked = new ArrayList<>();
        for (int i : order) {
            ranked.add(points.get(i));
        }
        List<double[]> measured = new ArrayList<>();
        double total = 0;
        for (Param p : space.params()) {
            double[] result = divergence(p, ranked, topFraction);
            measured.add(result);
            if (Double.isFinite(result[0])) {
                total += result[0];
            }
        }
        List<ParamImportance> out = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            double[] r = measured.get(i);
            double share = Double.isNaN(r[0]) ? Double.NaN : total > 0 ? r[0] / total : 0;
            out.add(new ParamImportance(space.params().get(i).name(), share, r[0], (int) r[1], (int) r[2]));
        }
        out.sort(Comparator.comparingDouble((ParamImportance p) -> Double.isNaN(p.share()) ? -1 : p.share())
                .reversed());
        return out;
    }

    /** {divergence, trials, top trials} of {@code p} over {@code ranked} (best first). */
    private static double[] divergence(Param p, List<Params> ranked, double topFraction) {
        List<Object> values = new ArrayList<>();
        for (Params point : ranked) {
            if (point.has(p.name())) {
                values.add(point.get(p.name()));
            }
        }
        int n = values.size();
        int top = Math.min(n, Math.max(2, (int) Math.ceil(topFraction * n)));
        if (n < MIN_TRIALS) {
            return new double[] {Double.NaN, n, 0};
        }
        double[] all;
        double[] best;
        if (p instanceof CategoricalParam c) {
            int[] index = new int[n];
            for (int i = 0; i < n; i++) {
                index[i] = c.indexOf(values.get(i));
            }
            all = frequencies(index, c.size(), n);
            best = frequencies(index, c.size(), top);
        } else if (p instanceof IntParam ip && ip.high() - ip.low() < GRID) {
            int[] index = new int[n];
            for (int i = 0; i < n; i++) {
                index[i] = (int) ((Long) values.get(i) - ip.low());
            }
            int size = (int) (ip.high() - ip.low() + 1);
            all = frequencies(index, size, n);
            best = frequencies(index, size, top);
        } else {
            double[] units = new double[n];
            for (int i = 0; i < n; i++) {
                units[i] = p.toUnit(values.get(i));
            }
            all = density(units, n);
            best = density(units, top);
        }
        double sum = 0;
        for (int k = 0; k < all.length; k++) {
            sum += best[k] * best[k] / all[k];
        }
        return new double[] {Math.max(0, sum - 1), n, top};
    }

    /** Probabilities of the outcomes {@code 0..size-1} among the first {@code count} indices, one pseudo-count each. */
    private static double[] frequencies(int[] index, int size, int count) {
        double[] p = new double[size];
        Arrays.fill(p, 1);
        for (int i = 0; i < count; i++) {
            p[index[i]]++;
        }
        for (int k = 0; k < size; k++) {
            p[k] /= count + size;
        }
        return p;
    }

    /**
     * The Gaussian kernel density of {@code units[0, count)} on the grid, as probabilities of the cells: each value's
     * kernel carries a mass of one over the grid, and one uniform pseudo-value keeps every cell above zero.
     */
    private static double[] density(double[] units, int count) {
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += units[i];
        }
        mean /= count;
        double var = 0;
        for (int i = 0; i < count; i++) {
            var += (units[i] - mean) * (units[i] - mean);
        }
        double sd = Math.sqrt(var / (count - 1));
        double h = Math.max(1.06 * sd * Math.pow(count, -0.2), 1.0 / GRID);
        double[] p = new double[GRID];
        double[] kernel = new double[GRID];
        for (int i = 0; i < count; i++) {
            double mass = 0;
            for (int k = 0; k < GRID; k++) {
                double z = ((k + 0.5) / GRID - units[i]) / h;
                kernel[k] = Math.exp(-0.5 * z * z);
                mass += kernel[k];
            }
            for (int k = 0; k < GRID; k++) {
                p[k] += kernel[k] / mass;
            }
        }
        for (int k = 0; k < GRID; k++) {
            p[k] = (p[k] + 1.0 / GRID) / (count + 1);
        }
        return p;
    }
}
