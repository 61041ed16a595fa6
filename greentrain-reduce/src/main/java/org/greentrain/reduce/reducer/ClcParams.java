package org.greentrain.reduce.reducer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.reduce.cluster.KMeansOptions;
import org.greentrain.reduce.cluster.StopRule;
import org.greentrain.reduce.param.Choice;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;
import org.greentrain.reduce.param.ParamValues;

/**
 * Parameters of CLC.
 *
 * @param mode          k-means flavour
 * @param restarts      seeded runs per class, the one with the lowest cost kept; null = 3 for k-means++, 1 for scipy
 * @param maxIterations upper bound on Lloyd iterations per run
 * @param output        what each cluster contributes
 */
public record ClcParams(Mode mode, Integer restarts, int maxIterations, Output output) implements MethodParams {

    /** The k-means flavour. */
    public enum Mode implements Choice {
        /** k-means++ seeding, empty clusters relocated, scikit-learn's centre-shift stop (tol 1e-4). */
        KMEANS_PLUS_PLUS("kmeans++"),
        /** SciPy {@code kmeans(iter=1)}: k distinct random rows, empty clusters dropped, distortion stop 1e-5. */
        SCIPY("scipy");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** What each cluster contributes to the reduced dataset. */
    public enum Output implements Choice {
        /** Its centroid, a synthetic row (the paper). */
        CENTROIDS("centroids"),
        /** The real row nearest to its centroid, distinct rows. */
        NEAREST("nearest");

        private final String id;

        Output(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("clc", List.of(
            new ParamSpec("mode", "kmeans++", "kmeans++ (seeded k-means++, relocates empty clusters) or scipy (the "
                    + "paper's SciPy kmeans: random rows, drops empty clusters)"),
            new ParamSpec("restarts", ParamValues.AUTO, "runs per class, best kept; auto = 3 for kmeans++, 1 for "
                    + "scipy (iter=1)"),
            new ParamSpec("maxIterations", "300", "upper bound on Lloyd iterations per run"),
            new ParamSpec("output", "centroids", "centroids (synthetic rows, as the paper) or nearest (the real row "
                    + "nearest to each centroid)")));

    /** More restarts than this only spend energy: the best of 1,000 seeded runs is already the best there is. */
    public static final int MAX_RESTARTS = 1000;

    public ClcParams {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(output, "output");
        if (restarts != null && (restarts < 1 || restarts > MAX_RESTARTS)) {
            throw new IllegalArgumentException("clc: restarts must be 1 to " + MAX_RESTARTS + ", got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("clc: maxIterations must be >= 1, got " + maxIterations);
        }
    }

    /** k-means++ with 3 restarts, 300 iterations, centroids out. */
    public static ClcParams defaults() {
        return fromMap(Map.of());
    }

    /** From CLI text. */
    public static ClcParams fromMap(Map<String, String> given) {
        ParamValues v = SCHEMA.parse(given);
        return new ClcParams(v.choice("mode", Mode.values()), v.isAuto("restarts") ? null : v.integer("restarts"),
                v.integer("maxIterations"), v.choice("output", Output.values()));
    }

    /** The number of runs per class. */
    public int effectiveRestarts() {
        return restarts != null ? restarts : mode == Mode.SCIPY ? 1 : 3;
    }

    /** k-means options for {@code clusters} clusters. */
    KMeansOptions kmeans(int clusters) {
        return mode == Mode.SCIPY
                ? new KMeansOptions(clusters, KMeansOptions.Init.RANDOM_ROWS, KMeansOptions.EmptyClusters.DROP,
                new StopRule.DistortionDrop(1e-5), maxIterations)
                : new KMeansOptions(clusters, KMeansOptions.Init.PLUS_PLUS, KMeansOptions.EmptyClusters.RELOCATE,
                new StopRule.CentreShift(1e-4), maxIterations);
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mode", mode.id());
        m.put("restarts", restarts == null ? ParamValues.AUTO : restarts.toString());
        m.put("maxIterations", Integer.toString(maxIterations));
        m.put("output", output.id());
        return m;
    }
}
