package org.greentrain.reduce.reducer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.reduce.param.Choice;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;
import org.greentrain.reduce.param.ParamValues;
import org.greentrain.reduce.topology.VietorisRips;

/**
 * Parameters of PHL. Defaults are the paper's Dry Bean setting (on Min-Max scaled features).
 *
 * @param radius    neighbourhood radius r (Euclidean), a double (the object-detection script truncated it to an int)
 * @param dimension highest homology dimension, 0 to 2
 * @param scoring   which bars make a point's outlier score
 * @param type      which end of the score order is kept
 */
public record PhlParams(double radius, int dimension, Scoring scoring, Type type) implements MethodParams {

    /** Which bars make a point's outlier score. */
    public enum Scoring implements Choice {
        /** Longest finite bar in dimension {@code dimension} only (the original's restrictedDim). */
        RESTRICTED("restricted"),
        /** Longest finite bar in any dimension up to {@code dimension} (the original's multiDim). */
        MULTI("multi");

        private final String id;

        Scoring(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** Which points are kept. */
    public enum Type implements Choice {
        /** Lowest scores first: points in topologically simple neighbourhoods. */
        REPRESENTATIVE("representative"),
        /** Highest scores first: points in topologically rich neighbourhoods. */
        VITAL("vital");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("phl", List.of(
            new ParamSpec("r", "0.05", "neighbourhood radius (Euclidean; the paper's Dry Bean value on [0,1]-scaled "
                    + "features); points with < 2 neighbours are super-outliers"),
            new ParamSpec("dimension", "2", "highest homology dimension of the local Vietoris-Rips persistence, 0-2"),
            new ParamSpec("scoring", "restricted", "restricted: longest bar in that dimension; multi: in any "
                    + "dimension up to it"),
            new ParamSpec("type", "representative", "representative: lowest scores kept; vital: highest")));

    public PhlParams {
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(type, "type");
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("phl: r must be a finite number >= 0, got " + radius);
        }
        if (dimension < 0 || dimension > VietorisRips.MAX_DIMENSION) {
            throw new IllegalArgumentException("phl: dimension must be in [0, " + VietorisRips.MAX_DIMENSION
                    + "], got " + dimension);
        }
    }

    /** The paper's Dry Bean setting: r 0.05, dimension 2, restricted, representative. */
    public static PhlParams defaults() {
        return fromMap(Map.of());
    }

    /** From CLI text. */
    public static PhlParams fromMap(Map<String, String> given) {
        ParamValues v = SCHEMA.parse(given);
        return new PhlParams(v.number("r"), v.integer("dimension"), v.choice("scoring", Scoring.values()),
                v.choice("type", Type.values()));
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("r", Double.toString(radius));
        m.put("dimension", Integer.toString(dimension));
        m.put("scoring", scoring.id());
        m.put("type", type.id());
        return m;
    }
}
