package org.greentrain.study.factorial;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greentrain.train.spec.ModelSpec;

/**
 * One cell of a factorial design: a level of every factor and the model spec these levels give.
 *
 * @param index  position of the cell in design order (the last factor varies fastest)
 * @param levels factor name to level, in factor order
 * @param spec   the base spec with the cell's levels applied
 */
public record Cell(int index, Map<String, String> levels, ModelSpec spec) {

    public Cell {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** The cell as {@code conv=1,linear=3,relu=off}, in factor order. */
    public String label() {
        StringBuilder s = new StringBuilder();
        levels.forEach((factor, level) -> s.append(s.length() == 0 ? "" : ",").append(factor).append('=')
                .append(level));
        return s.toString();
    }
}
