package org.greentrain.study.tuning;

import org.greentrain.study.stats.Descriptive;

/**
 * The energy of a set of complete rounds: how many, their mean joules and the coefficient of variation (the paper
 * found about 1% per network, which makes a strategy's cost proportional to its rounds).
 *
 * @param rounds     complete rounds counted
 * @param meanJoules their mean joules, NaN without rounds
 * @param cv         sd / mean of their joules, NaN with fewer than two rounds
 */
public record RoundEnergy(int rounds, double meanJoules, double cv) {

    /** The statistics of {@code joules}, one value per round. */
    public static RoundEnergy of(double[] joules) {
        if (joules.length == 0) {
            return new RoundEnergy(0, Double.NaN, Double.NaN);
        }
        double mean = Descriptive.mean(joules);
        return new RoundEnergy(joules.length, mean, joules.length < 2 || mean == 0 ? Double.NaN
                : Descriptive.coefficientOfVariation(joules));
    }
}
