package org.greentrain.study.tuning;

/**
 * How much less energy one strategy needed than a baseline to reach the target, from the medians over searches:
 * {@code 100 (1 - E_strategy / E_baseline)} percent (negative when it needed more).
 *
 * @param strategy the strategy
 * @param baseline the strategy compared with (random or grid)
 * @param percent  the saving in percent; NaN when the strategy did not reach the target
 * @param atLeast  true when the baseline did not reach the target in its median search: its whole search's energy
 *                 stands in for the energy it would have needed, so the saving is a lower bound
 */
public record Saving(Strategy strategy, Strategy baseline, double percent, boolean atLeast) {
}
