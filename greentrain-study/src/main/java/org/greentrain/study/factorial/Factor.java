package org.greentrain.study.factorial;

import java.util.List;

/**
 * One factor of an architecture ablation: a model-spec key and the values it takes, each written in the spec's
 * canonical form ({@code relu=true} becomes {@code on}). The first level is the baseline of the mean energy increase.
 *
 * @param name   the model-spec key, for example {@code conv}
 * @param levels its distinct values, at least two, baseline first
 */
public record Factor(String name, List<String> levels) {

    public Factor {
        levels = List.copyOf(levels);
    }

    /** {@code name=level1,level2,...}, as written on the command line. */
    public String describe() {
        return name + "=" + String.join(",", levels);
    }
}
