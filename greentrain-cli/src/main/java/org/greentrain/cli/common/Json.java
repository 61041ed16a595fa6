package org.greentrain.cli.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON of every command's {@code --json} output, so that it all looks the same. Trees are built from the node
 * factory and written by a plain generator: an {@link ObjectMapper} costs a tenth of a second to set up in a fresh JVM,
 * more than a whole {@code greentrain epsilon} spends computing, so it is created only when a command converts objects.
 *
 * <p>A number that is not finite (NaN for a figure that does not exist, an infinite ε of a class with no row kept,
 * a target never reached) is written as {@code null}, never as a string: JSON has no such numbers, and this one rule
 * at the one place every command's JSON is written keeps them all alike.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** The shared mapper, for converting records and maps to trees; created on first use. */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A new empty array node. */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Pretty-printed JSON text of a tree, or of an object converted to one; non-finite numbers are null. */
    public static String write(Object value) {
        JsonNode node = value instanceof JsonNode tree ? tree : mapper().valueToTree(value);
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            writeTree(node, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static void writeTree(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (var field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    writeTree(field.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    writeTree(element, out);
                }
                out.writeEndArray();
            }
            case NUMBER -> writeNumber(node, out);
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL, MISSING -> out.writeNull();
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node");
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case FLOAT, DOUBLE -> writeDouble(node.doubleValue(), out);
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
        }
    }

    /** A finite number as itself, anything else (NaN, ±infinity) as null. */
    private static void writeDouble(double v, JsonGenerator out) throws IOException {
        if (Double.isFinite(v)) {
            out.writeNumber(v);
        } else {
            out.writeNull();
        }
    }

    /** Holder idiom: the mapper is built when {@link #mapper()} is first called. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
