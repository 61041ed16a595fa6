package org.greentrain.study.tuning;

/**
 * One strategy's searches summarised: medians over its searches (a search that never reached the target counts as
 * infinitely expensive, so a median of +infinity means that half of the searches or more did not reach it).
 *
 * @param strategy              the strategy
 * @param searches              searches with at least one finished round
 * @param bestAccuracy          the best accuracy any of its searches reached
 * @param medianFinalBest       median over searches of the final best accuracy
 * @param medianOptimumRound    median optimum round
 * @param medianJoulesToOptimum median joules spent through the optimum round
 * @param reachedTarget         searches that reached the target
 * @param medianRoundsToTarget  median round reaching the target (+infinity when half or more did not)
 * @param medianJoulesToTarget  median joules spent to reach the target (+infinity when half or more did not)
 * @param lowerJoulesToTarget   the same median with a search that did not reach the target counted at its whole
 *                              search's energy, less than it would have needed: a finite lower bound of
 *                              {@code medianJoulesToTarget}
 * @param perRound              the energy of its complete rounds
 * @param perQuietRound         the energy of its complete rounds run while this process had at least
 *                              {@link TuningAnalysis#QUIET_SHARE} of the machine's CPU time
 * @param medianTotalJoules     median joules of a whole search
 * @param prunedRounds          rounds stopped early, over all searches
 */
public record StrategySummary(Strategy strategy, int searches, double bestAccuracy, double medianFinalBest,
                              double medianOptimumRound, double medianJoulesToOptimum, int reachedTarget,
                              double medianRoundsToTarget, double medianJoulesToTarget, double lowerJoulesToTarget,
                              RoundEnergy perRound,
                              RoundEnergy perQuietRound, double medianTotalJoules, int prunedRounds) {
}
