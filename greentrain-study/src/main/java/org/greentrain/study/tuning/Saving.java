package org.greentrain.study.tuning;

/**
 * How much less energy one strategy needed than a baseline to reach the target, from the medians over searches:
 * {@code 100 (1 - E_strategy / E_baseline)} percent (negative when it needed more).
 *
 * @param strategy the strategy
 * @param baseline the strategy compared with (random or grid)
 * @param percent  the saving in percent; NaN when the strategy did not reach the target
 * @param atLeast  true when half of the baseline's searches or more did not reach the target, so that its median is
 *                 infinite: {@link StrategySummary#lowerJoulesToTarget()} stands in for it, and the saving is a lower
 *                 bound (a negative one: the strategy needed at most that much more)
 */
public record Saving(Strategy strategy, Strategy baseline, double percent, boolean atLeast) {

    /** The saving of {@code s} against {@code baseline}, a lower bound when the baseline's median is infinite. */
    public static Saving of(StrategySummary s, StrategySummary baseline) {
        double mine = s.medianJoulesToTarget();
        if (!Double.isFinite(mine)) {
            return new Saving(s.strategy(), baseline.strategy(), Double.NaN, false);
        }
        boolean bound = !Double.isFinite(baseline.medianJoulesToTarget());
        double theirs = bound ? baseline.lowerJoulesToTarget() : baseline.medianJoulesToTarget();
        if (!(theirs > 0)) {
            return new Saving(s.strategy(), baseline.strategy(), Double.NaN, bound); // no measured energy to compare
        }
        return new Saving(s.strategy(), baseline.strategy(), 100 * (1 - mine / theirs), bound);
    }
}
