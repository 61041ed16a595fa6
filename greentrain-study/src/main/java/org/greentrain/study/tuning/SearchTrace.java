package org.greentrain.study.tuning;

import java.util.List;
import java.util.OptionalInt;

/**
 * The rounds one search of one strategy has finished, in order, with the figures the paper compares strategies by:
 * the final best accuracy, the optimum round and the energy spent to reach the optimum or a target.
 *
 * @param strategy  the strategy
 * @param search    1-based search number
 * @param seed      the sampler seed
 * @param studyName the tune study holding the search's trials
 * @param rounds    the finished rounds, round 1 first
 */
public record SearchTrace(Strategy strategy, int search, long seed, String studyName, List<RoundRecord> rounds) {

    public SearchTrace {
        rounds = List.copyOf(rounds);
    }

    /** The best mean accuracy of any complete round, NaN when none is complete. */
    public double finalBest() {
        return rounds.isEmpty() ? Double.NaN : rounds.get(rounds.size() - 1).bestSoFar();
    }

    /**
     * The optimum round: the first round whose best-so-far accuracy is within {@code tolerance} of the final best
     * (the paper judged "no substantial increase after" by eye; a tolerance makes it reproducible).
     */
    public OptionalInt optimumRound(double tolerance) {
        return firstRoundReaching(finalBest() - tolerance);
    }

    /** The first round whose best-so-far accuracy is at least {@code accuracy}. */
    public OptionalInt firstRoundReaching(double accuracy) {
        for (RoundRecord r : rounds) {
            if (r.bestSoFar() >= accuracy) {
                return OptionalInt.of(r.round());
            }
        }
        return OptionalInt.empty();
    }

    /** Joules spent through round {@code round} (1-based). */
    public double joulesThrough(int round) {
        return rounds.get(round - 1).cumulativeJoules();
    }

    /** Joules of every finished round. */
    public double totalJoules() {
        return rounds.isEmpty() ? 0 : rounds.get(rounds.size() - 1).cumulativeJoules();
    }

    /** Rounds stopped early by the pruner. */
    public int prunedRounds() {
        return (int) rounds.stream().filter(r -> !r.complete()).count();
    }

    /** Joules of each complete round (pruned rounds stopped early and are left out). */
    public double[] completeRoundJoules() {
        return rounds.stream().filter(RoundRecord::complete).mapToDouble(RoundRecord::energyJoules).toArray();
    }

    /**
     * Joules of each complete round during which this process had at least {@code minShare} of the machine's CPU
     * time: rounds whose joules are mostly their own on a shared machine.
     */
    public double[] quietRoundJoules(double minShare) {
        return rounds.stream().filter(r -> r.complete() && r.processShare() >= minShare)
                .mapToDouble(RoundRecord::energyJoules).toArray();
    }
}
