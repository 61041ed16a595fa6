package org.greentrain.train.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and writes {@link ModelSpec}s in their two forms. The compact form is {@code family:key=value,...}; the JSON
 * form is an object whose {@code "model"} field names the family and whose other fields are the same keys, with
 * numbers, booleans, width arrays and conv-block objects as values. Both forms go through the same validation.
 */
public final class ModelSpecs {

    /** The JSON field that names the family. */
    public static final String FAMILY_FIELD = "model";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Function<SpecOptions, ModelSpec>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("mlp", MlpSpec::from);
        FAMILIES.put("mlp-paper", PaperMlpSpec::from);
        FAMILIES.put("cnn", CnnSpec::from);
        FAMILIES.put("simplecnn", SimpleCnnSpec::from);
        FAMILIES.put("densepoly", o -> DenseSpec.from(DenseSpec.Widths.POLY, o));
        FAMILIES.put("denselinear", o -> DenseSpec.from(DenseSpec.Widths.LINEAR, o));
    }

    private ModelSpecs() {
    }

    /** The family names, in documentation order. */
    public static List<String> families() {
        return List.copyOf(FAMILIES.keySet());
    }

    /**
     * Parses a compact spec such as {@code mlp:hidden=64-32} or an inline JSON object (text starting with '{').
     *
     * @throws IllegalArgumentException with a one-line message naming the problem and the valid choices
     */
    public static ModelSpec parse(String text) {
        if (text.trim().startsWith("{")) {
            return fromJson(text);
        }
        return build(SpecOptions.parseCompact(text));
    }

    /**
     * Reads a spec file: a JSON object, or a compact spec on its own line.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no valid spec
     */
    public static ModelSpec read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read model spec file " + file + ": " + e.getMessage(), e);
        }
        return parse(text.trim());
    }

    /**
     * Parses the JSON form.
     *
     * @throws IllegalArgumentException for malformed JSON or a bad spec
     */
    public static ModelSpec fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("model spec JSON is malformed: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("model spec JSON must be an object with a \"" + FAMILY_FIELD
                    + "\" field");
        }
        JsonNode family = root.get(FAMILY_FIELD);
        if (family == null || !family.isTextual()) {
            throw new IllegalArgumentException("model spec JSON needs a \"" + FAMILY_FIELD + "\" field naming one of: "
                    + String.join(", ", families()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!field.getKey().equals(FAMILY_FIELD)) {
                values.put(field.getKey().toLowerCase(Locale.ROOT), jsonValue(field.getKey(), field.getValue()));
            }
        }
        String name = family.asText().trim().toLowerCase(Locale.ROOT);
        return build(new SpecOptions(name, "JSON " + name, values));
    }

    /** The JSON form of {@code spec}, pretty-printed; {@link #fromJson(String)} reads it back to an equal spec. */
    public static String toJson(ModelSpec spec) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJsonTree(spec));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON form of {@code spec} as a tree, for embedding in other documents. */
    public static ObjectNode toJsonTree(ModelSpec spec) {
        ObjectNode node = JSON.createObjectNode();
        node.put(FAMILY_FIELD, spec.family());
        spec.settings().forEach((key, value) -> node.set(key, jsonNode(value)));
        return node;
    }

    private static ModelSpec build(SpecOptions options) {
        Function<SpecOptions, ModelSpec> factory = FAMILIES.get(options.family());
        if (factory == null) {
            throw new IllegalArgumentException("unknown model '" + options.family() + "'; valid models: "
                    + String.join(", ", families()));
        }
        return factory.apply(options);
    }

    private static JsonNode jsonNode(Object value) {
        if (value instanceof Integer) {
            return JSON.getNodeFactory().numberNode((Integer) value);
        }
        if (value instanceof Double) {
            return JSON.getNodeFactory().numberNode((Double) value);
        }
        if (value instanceof Boolean) {
            return JSON.getNodeFactory().booleanNode((Boolean) value);
        }
        if (value instanceof List<?>) {
            ArrayNode array = JSON.createArrayNode();
            for (Object item : (List<?>) value) {
                array.add(item instanceof ConvBlock ? convBlockNode((ConvBlock) item) : jsonNode(item));
            }
            return array;
        }
        return JSON.getNodeFactory().textNode(SpecFormat.value(value));
    }

    private static ObjectNode convBlockNode(ConvBlock b) {
        ObjectNode node = JSON.createObjectNode();
        node.put("channels", b.channels());
        node.put("kernel", b.kernel());
        node.put("stride", b.stride());
        node.put("padding", b.padding());
        node.put("batchnorm", b.batchNorm());
        node.put("activation", b.activation().id());
        node.put("pool", b.pooling().token());
        return node;
    }

    /** Turns a JSON value into the compact-form text of the same setting. */
    private static String jsonValue(String key, JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue() ? "on" : "off";
        }
        if (node.isIntegralNumber() || node.isTextual()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return SpecFormat.number(node.doubleValue());
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return "none";
            }
            List<String> items = new ArrayList<>();
            boolean blocks = false;
            for (JsonNode item : node) {
                if (item.isObject()) {
                    items.add(convBlockToken(item));
                    blocks = true;
                } else {
                    items.add(jsonValue(key, item));
                    blocks |= item.isTextual();
                }
            }
            return String.join(blocks ? "/" : "-", items);
        }
        throw new IllegalArgumentException("model spec JSON field \"" + key + "\" has an unsupported value " + node);
    }

    private static String convBlockToken(JsonNode node) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!ConvBlock.JSON_KEYS.contains(field)) {
                throw new IllegalArgumentException("conv block JSON: unknown field '" + field + "'; valid fields: "
                        + String.join(", ", ConvBlock.JSON_KEYS));
            }
        }
        if (!node.has("channels") || !node.has("kernel")) {
            throw new IllegalArgumentException("conv block JSON needs \"channels\" and \"kernel\", got " + node);
        }
        StringBuilder token = new StringBuilder()
                .append(node.get("channels").asText()).append('k').append(node.get("kernel").asText())
                .append('s').append(node.path("stride").asText("1"))
                .append('p').append(node.path("padding").asText("0"));
        if (node.path("batchnorm").asBoolean(false)) {
            token.append("-bn");
        }
        String activation = node.path("activation").asText("none");
        if (!activation.equalsIgnoreCase("none")) {
            token.append('-').append(activation);
        }
        String pool = node.path("pool").asText("none");
        if (!pool.equalsIgnoreCase("none")) {
            token.append('-').append(pool);
        }
        return token.toString();
    }
}
