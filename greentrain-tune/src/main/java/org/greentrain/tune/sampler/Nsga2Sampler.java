package org.greentrain.tune.sampler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Pareto;

/**
 * NSGA-II (Deb et al. 2002) for one or more objectives, run over the trial history.
 *
 * <p>Generations are fixed by trial number: trial i belongs to generation floor(i / populationSize). Generation 0 is
 * sampled at random. For a later generation the parent population is the best {@code populationSize} COMPLETE trials of
 * all earlier generations, ranked by non-dominated sorting and, within the last admitted front, by crowding distance
 * (elitist selection over parents and offspring, as in the paper). A child takes two parents, each the winner of a
 * binary tournament (lower rank, then larger crowding distance), inherits each parameter from either parent with
 * probability 1/2 (uniform crossover, applied with probability {@code crossoverProbability}, else a copy of the first
 * parent), and then resamples each parameter uniformly with probability {@code mutationProbability} (default 1 / number
 * of parameters). Conditional parameters that become active without a parent value are sampled uniformly.
 */
public final class Nsga2Sampler implements Sampler {

    private final long seed;
    private final int populationSize;
    private final double crossoverProbability;
    private final double mutationProbability;

    /**
     * @param seed                 seed of the per-trial random streams
     * @param populationSize       trials per generation, >= 2
     * @param crossoverProbability probability of crossover, in [0, 1]
     * @param mutationProbability  per-parameter mutation probability in [0, 1], or NaN for 1 / number of parameters
     */
    public Nsga2Sampler(long seed, int populationSize, double crossoverProbability, double mutationProbability) {
        if (populationSize < 2) {
            throw new IllegalArgumentException("NSGA-II population size must be >= 2, got " + populationSize);
        }
        if (!(crossoverProbability >= 0 && crossoverProbability <= 1)) {
            throw new IllegalArgumentException("crossover probability must be in [0, 1], got " + crossoverProbability);
        }
        if (!Double.isNaN(mutationProbability) && !(mutationProbability >= 0 && mutationProbability <= 1)) {
            throw new IllegalArgumentException("mutation probability must be in [0, 1], got " + mutationProbability);
        }
        this.seed = seed;
        this.populationSize = populationSize;
        this.crossoverProbability = crossoverProbability;
        this.mutationProbability = mutationProbability;
    }

    /** Population 50, crossover probability 0.9, mutation 1 / number of parameters (Optuna's defaults). */
    public Nsga2Sampler(long seed) {
        this(seed, 50, 0.9, Double.NaN);
    }

    @Override
    public Params sample(SamplingContext context) {
        SplittableRandom rng = context.random(seed);
        SearchSpace space = context.space();
        int generation = context.trialNumber() / populationSize;
        List<FrozenTrial> pool = new ArrayList<>();
        for (FrozenTrial t : context.completed()) {
            if (t.number() / populationSize < generation) {
                pool.add(t);
            }
        }
        if (generation == 0 || pool.size() < 2) {
            return space.sample(rng::nextDouble);
        }
        double[][] values = Pareto.minimizedValues(pool, context.goals());
        int[] rank = Pareto.ranks(values);
        double[] crowding = new double[pool.size()];
        int maxRank = Arrays.stream(rank).max().orElse(0);
        for (int r = 0; r <= maxRank; r++) {
            crowding(values, rank, r, crowding);
        }
        Integer[] order = new Integer[pool.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> rank[i]).thenComparing(i -> -crowding[i])
                .thenComparingInt(i -> pool.get(i).number()));
        int[] parents = new int[Math.min(populationSize, pool.size())];
        for (int i = 0; i < parents.length; i++) {
            parents[i] = order[i];
        }
        FrozenTrial a = pool.get(tournament(parents, rank, crowding, rng));
        FrozenTrial b = pool.get(tournament(parents, rank, crowding, rng));
        boolean cross = rng.nextDouble() < crossoverProbability;
        double mutation = Double.isNaN(mutationProbability) ? 1.0 / space.size() : mutationProbability;
        Map<String, Object> child = new LinkedHashMap<>();
        for (Param p : space.params()) {
            if (!p.condition().map(c -> c.isMet(child)).orElse(true)) {
                continue;
            }
            Object fromA = a.params().asMap().get(p.name());
            Object fromB = b.params().asMap().get(p.name());
            Object v = cross && rng.nextBoolean() ? fromB : fromA;
            if (v == null) {
                v = fromA != null ? fromA : fromB;
            }
            if (v == null || rng.nextDouble() < mutation) {
                v = p.fromUnit(rng.nextDouble());
            }
            child.put(p.name(), v);
        }
        return new Params(child);
    }

    private static int tournament(int[] parents, int[] rank, double[] crowding, SplittableRandom rng) {
        int x = parents[rng.nextInt(parents.length)];
        int y = parents[rng.nextInt(parents.length)];
        if (rank[x] != rank[y]) {
            return rank[x] < rank[y] ? x : y;
        }
        return crowding[x] >= crowding[y] ? x : y;
    }

    /** Crowding distance of the members of front {@code r}: boundary points get infinity. */
    static void crowding(double[][] values, int[] rank, int r, double[] out) {
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] == r) {
                front.add(i);
                out[i] = 0;
            }
        }
        if (front.isEmpty()) {
            return;
        }
        int m = values[front.get(0)].length;
        for (int j = 0; j < m; j++) {
            final int obj = j;
            front.sort(Comparator.comparingDouble(i -> values[i][obj]));
            double lo = values[front.get(0)][j];
            double hi = values[front.get(front.size() - 1)][j];
            out[front.get(0)] = Double.POSITIVE_INFINITY;
            out[front.get(front.size() - 1)] = Double.POSITIVE_INFINITY;
            if (hi <= lo) {
                continue;
            }
            for (int k = 1; k < front.size() - 1; k++) {
                out[front.get(k)] += (values[front.get(k + 1)][j] - values[front.get(k - 1)][j]) / (hi - lo);
            }
        }
    }

    @Override
    public String describe() {
        return "nsga2(seed=" + seed + ",population=" + populationSize + ",crossover=" + crossoverProbability
                + ",mutation=" + (Double.isNaN(mutationProbability) ? "1/d" : Double.toString(mutationProbability))
                + ")";
    }
}
