package org.greentrain.train.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.greentrain.data.scale.FeatureScaler;
import org.greentrain.data.scale.ScalingMethod;

/**
 * A fitted feature scaling as JSON, the content of a saved model's {@code scaler.json}:
 * {@code {"method": "minmax", "shift": [...], "divisor": [...]}} with one shift and one divisor per feature in the
 * order of {@code input.json}'s {@code featureNames}, or {@code {"method": "none"}}. Each scaled value is
 * {@code (x - shift) / divisor}. Numbers are written as the shortest decimal that reads back to the same double, so
 * a scaler survives the round trip exactly. It lives here rather than beside {@link FeatureScaler} so that
 * greentrain-data stays free of a JSON library.
 */
public final class ScalerJson {

    /** The method name of "no scaling". */
    public static final String NONE = "none";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScalerJson() {
    }

    /** The JSON of {@code scaler}, or of no scaling when it is null. */
    public static ObjectNode toJson(FeatureScaler scaler) {
        ObjectNode node = JSON.createObjectNode();
        if (scaler == null) {
            node.put("method", NONE);
            return node;
        }
        node.put("method", methodName(scaler.method()));
        ArrayNode shift = node.putArray("shift");
        ArrayNode divisor = node.putArray("divisor");
        for (int c = 0; c < scaler.featureNames().size(); c++) {
            shift.add(scaler.shift(c));
            divisor.add(scaler.divisor(c));
        }
        return node;
    }

    /**
     * The scaler that {@code node} describes over {@code featureNames}, or null for no scaling.
     *
     * @param source the file the JSON came from, for error messages
     * @throws IllegalArgumentException when the method is unknown or the parameters are missing, not numbers, or not
     *                                  one per feature
     */
    public static FeatureScaler fromJson(JsonNode node, List<String> featureNames, String source) {
        String method = node.path("method").asText("");
        if (method.equals(NONE)) {
            return null;
        }
        ScalingMethod scaling = switch (method) {
            case "minmax" -> ScalingMethod.MIN_MAX;
            case "zscore" -> ScalingMethod.Z_SCORE;
            default -> throw new IllegalArgumentException(source + " names the scaling method '" + method
                    + "'; expected minmax, zscore or none");
        };
        return FeatureScaler.of(scaling, featureNames, numbers(node, "shift", source),
                numbers(node, "divisor", source));
    }

    /** The name of {@code method} as {@code --scale} spells it. */
    static String methodName(ScalingMethod method) {
        return method == ScalingMethod.MIN_MAX ? "minmax" : "zscore";
    }

    private static double[] numbers(JsonNode node, String field, String source) {
        JsonNode array = node.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException(source + " has no '" + field + "' array: the file is damaged;"
                    + " save the model again");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = array.get(i);
            if (!value.isNumber()) {
                throw new IllegalArgumentException(source + ": '" + field + "' value " + i + " is " + value
                        + ", not a number; save the model again");
            }
            values[i] = value.doubleValue();
        }
        return values;
    }
}
