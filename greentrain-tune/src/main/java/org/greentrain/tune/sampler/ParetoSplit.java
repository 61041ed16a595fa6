package org.greentrain.tune.sampler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Pareto;

/**
 * MOTPE's split of the finished trials into the "below" group that TPE models as good and the "above" rest, for
 * several objectives (Ozaki et al. 2020, as Optuna does it): whole non-dominated fronts go below, best rank first,
 * while they fit; the front that does not fit is thinned to the places left by greedy hypervolume subset selection,
 * each step taking the trial that adds the most hypervolume to those already taken, so the group spreads along the
 * front instead of bunching at one end.
 *
 * <p>Reference point of that selection: per objective, the thinned front's worst value plus 10% of its range
 * ({@link Pareto#defaultReference}). Hypervolume is exact with two objectives; with more, the front is thinned by
 * crowding distance (NSGA-II's measure of spread) instead. Ties go to the lower trial number, so the split is
 * deterministic.
 */
final class ParetoSplit {

    private ParetoSplit() {
    }

    /**
     * The {@code size} trials of {@code complete} that form the "below" group, in trial order.
     *
     * @param complete COMPLETE trials, in trial order
     * @param goals    the study's goals, at least two
     * @param size     how many go below, between 0 and {@code complete.size()}
     */
    static List<FrozenTrial> below(List<FrozenTrial> complete, List<Goal> goals, int size) {
        double[][] values = Pareto.minimizedValues(complete, goals);
        int[] rank = Pareto.ranks(values);
        List<Integer> chosen = new ArrayList<>();
        for (int r = 0; chosen.size() < size; r++) {
            List<Integer> front = new ArrayList<>();
            for (int i = 0; i < rank.length; i++) {
                if (rank[i] == r) {
                    front.add(i);
                }
            }
            int left = size - chosen.size();
            chosen.addAll(front.size() <= left ? front : thin(values, rank, r, front, left));
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen.stream().map(complete::get).toList();
    }

    /** {@code keep} members of {@code front} (rank {@code r}), spread along it. */
    private static List<Integer> thin(double[][] values, int[] rank, int r, List<Integer> front, int keep) {
        return values[0].length == 2 ? byHypervolume(values, front, keep) : byCrowding(values, rank, r, front, keep);
    }

    private static List<Integer> byHypervolume(double[][] values, List<Integer> front, int keep) {
        double[][] points = front.stream().map(i -> values[i]).toArray(double[][]::new);
        double[] reference = Pareto.defaultReference(points);
        List<Integer> taken = new ArrayList<>();
        List<double[]> takenPoints = new ArrayList<>();
        boolean[] used = new boolean[front.size()];
        while (taken.size() < keep) {
            int best = -1;
            double bestVolume = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < front.size(); k++) {
                if (used[k]) {
                    continue;
                }
                takenPoints.add(points[k]);
                double v = Pareto.hypervolume2d(takenPoints.toArray(new double[0][]), reference);
                takenPoints.remove(takenPoints.size() - 1);
                if (v > bestVolume) { // strict: the lower trial number wins ties, as the front is in trial order
                    bestVolume = v;
                    best = k;
                }
            }
            used[best] = true;
            taken.add(front.get(best));
            takenPoints.add(points[best]);
        }
        return taken;
    }

    private static List<Integer> byCrowding(double[][] values, int[] rank, int r, List<Integer> front, int keep) {
        double[] crowding = new double[values.length];
        Nsga2Sampler.crowding(values, rank, r, crowding);
        List<Integer> sorted = new ArrayList<>(front);
        sorted.sort(Comparator.<Integer>comparingDouble(i -> -crowding[i]).thenComparing(Comparator.naturalOrder()));
        return sorted.subList(0, keep);
    }
}
