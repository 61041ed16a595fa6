package org.greentrain.study.stats;

import java.util.Map;

/**
 * One training run of a factorial design: the level of every factor, and what the run cost and achieved.
 *
 * @param levels       factor name to level, for example {@code conv -> 4}
 * @param energyJoules energy of the run
 * @param accuracy     test accuracy of the run
 */
public record FactorialRun(Map<String, String> levels, double energyJoules, double accuracy) {

    public FactorialRun {
        levels = Map.copyOf(levels);
    }

    /** The cell this run belongs to, as {@code conv=4,linear=3} in the given factor order. */
    public String cell(java.util.List<String> factors) {
        StringBuilder s = new StringBuilder();
        for (String f : factors) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(f).append('=').append(levels.get(f));
        }
        return s.toString();
    }
}
