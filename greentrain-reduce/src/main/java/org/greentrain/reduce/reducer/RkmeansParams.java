package org.greentrain.reduce.reducer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;
import org.greentrain.reduce.param.ParamValues;

/**
 * Parameters of RKMEANS.
 *
 * @param clusters      number of k-means clusters, or null for the number of classes present (the original)
 * @param restarts      seeded k-means++ runs, the one of lowest inertia kept
 * @param maxIterations upper bound on Lloyd iterations per run
 */
public record RkmeansParams(Integer clusters, int restarts, int maxIterations) implements MethodParams {

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("rkmeans", List.of(
            new ParamSpec("clusters", ParamValues.AUTO, "k-means clusters over all rows, labels ignored; auto = the "
                    + "number of classes present"),
            new ParamSpec("restarts", "10", "k-means++ runs, best inertia kept (scikit-learn 1.3's n_init)"),
            new ParamSpec("maxIterations", "300", "upper bound on Lloyd iterations per run")));

    public RkmeansParams {
        if (clusters != null && clusters < 1) {
            throw new IllegalArgumentException("rkmeans: clusters must be >= 1, got " + clusters);
        }
        if (restarts < 1 || restarts > ClcParams.MAX_RESTARTS) {
            throw new IllegalArgumentException("rkmeans: restarts must be 1 to " + ClcParams.MAX_RESTARTS + ", got "
                    + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("rkmeans: maxIterations must be >= 1, got " + maxIterations);
        }
    }

    /** One cluster per class, 10 restarts, 300 iterations. */
    public static RkmeansParams defaults() {
        return fromMap(Map.of());
    }

    /** From CLI text. */
    public static RkmeansParams fromMap(Map<String, String> given) {
        ParamValues v = SCHEMA.parse(given);
        return new RkmeansParams(v.isAuto("clusters") ? null : v.integer("clusters"), v.integer("restarts"),
                v.integer("maxIterations"));
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("clusters", clusters == null ? ParamValues.AUTO : clusters.toString());
        m.put("restarts", Integer.toString(restarts));
        m.put("maxIterations", Integer.toString(maxIterations));
        return m;
    }
}
