package org.greentrain.reduce.reducer;

import java.util.List;
import java.util.Map;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;

/** SRS takes no parameters beyond the keep fraction and the seed; this record exists so every method has one. */
public record SrsParams() implements MethodParams {

    /** The (empty) schema. */
    public static final ParamSchema SCHEMA = new ParamSchema("srs", List.of());

    /** The only setting. */
    public static SrsParams defaults() {
        return new SrsParams();
    }

    /** Checks that {@code given} is empty. */
    public static SrsParams fromMap(Map<String, String> given) {
        SCHEMA.parse(given);
        return new SrsParams();
    }

    @Override
    public Map<String, String> asMap() {
        return Map.of();
    }
}
