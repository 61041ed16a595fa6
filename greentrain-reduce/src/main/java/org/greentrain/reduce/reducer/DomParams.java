package org.greentrain.reduce.reducer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;
import org.greentrain.reduce.param.ParamValues;

/**
 * Parameters of DOM.
 *
 * @param epsilon    a fixed radius (the keep fraction is then not used), or null to find it by bisection
 * @param epsilonMax upper end of the bisection, or null for the largest class diameter (one row per class)
 * @param iterations maximum bisection steps
 * @param tolerance  accepted gap between the kept and the asked fraction
 * @param norm       distance of the ε-balls
 */
public record DomParams(Double epsilon, Double epsilonMax, int iterations, double tolerance, Norm norm)
        implements MethodParams {

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("dom", List.of(
            new ParamSpec("epsilon", ParamValues.AUTO, "radius of the greedy epsilon-net; auto = bisection to the keep "
                    + "fraction, a number = fixed radius (keep fraction unused)"),
            new ParamSpec("epsilonMax", ParamValues.AUTO, "upper end of the bisection; auto = largest class diameter "
                    + "(the original used 1 and failed when that kept too many rows)"),
            new ParamSpec("iterations", "10", "maximum bisection steps"),
            new ParamSpec("tolerance", "0.01", "accepted |kept fraction - keep fraction|"),
            new ParamSpec("norm", "l2", "distance: l2 (the 2024 code) or linf (the 2022 paper's graph)")));

    public DomParams {
        Objects.requireNonNull(norm, "norm");
        if (epsilon != null && !(epsilon >= 0)) {
            throw new IllegalArgumentException("dom: epsilon must be >= 0, got " + epsilon);
        }
        if (epsilonMax != null && !(epsilonMax > 0)) {
            throw new IllegalArgumentException("dom: epsilonMax must be > 0, got " + epsilonMax);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("dom: iterations must be >= 1, got " + iterations);
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("dom: tolerance must be in [0, 1), got " + tolerance);
        }
    }

    /** Bisection to the keep fraction, 10 steps, tolerance 0.01, Euclidean. */
    public static DomParams defaults() {
        return fromMap(Map.of());
    }

    /** From CLI text. */
    public static DomParams fromMap(Map<String, String> given) {
        ParamValues v = SCHEMA.parse(given);
        return new DomParams(v.isAuto("epsilon") ? null : v.number("epsilon"),
                v.isAuto("epsilonMax") ? null : v.number("epsilonMax"), v.integer("iterations"),
                v.number("tolerance"), v.choice("norm", Norm.values()));
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("epsilon", epsilon == null ? ParamValues.AUTO : epsilon.toString());
        m.put("epsilonMax", epsilonMax == null ? ParamValues.AUTO : epsilonMax.toString());
        m.put("iterations", Integer.toString(iterations));
        m.put("tolerance", Double.toString(tolerance));
        m.put("norm", norm.id());
        return m;
    }
}
