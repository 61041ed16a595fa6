package org.greentrain.reduce.reducer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.param.Choice;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;
import org.greentrain.reduce.param.ParamValues;

/**
 * Parameters of MMS.
 *
 * @param norm  distance of the farthest-point search: Euclidean (as GUDHI) or L∞ (the package's pre-2024 variant)
 * @param start where each class's greedy order starts
 */
public record MmsParams(Norm norm, Start start) implements MethodParams {

    /** Where the greedy order of a class starts. */
    public enum Start implements Choice {
        /** A row drawn with the seed (GUDHI's behaviour, there unseeded). */
        RANDOM("random"),
        /** The class's first row. */
        FIRST("first");

        private final String id;

        Start(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("mms", List.of(
            new ParamSpec("norm", "l2", "distance: l2 (Euclidean, as the paper's GUDHI call) or linf"),
            new ParamSpec("start", "random", "first point of each class: random (seeded) or first (lowest row)")));

    public MmsParams {
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(start, "start");
    }

    /** The paper's setting: Euclidean, random start. */
    public static MmsParams defaults() {
        return fromMap(Map.of());
    }

    /** From CLI text. */
    public static MmsParams fromMap(Map<String, String> given) {
        ParamValues v = SCHEMA.parse(given);
        return new MmsParams(v.choice("norm", Norm.values()), v.choice("start", Start.values()));
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("norm", norm.id());
        m.put("start", start.id());
        return m;
    }
}
