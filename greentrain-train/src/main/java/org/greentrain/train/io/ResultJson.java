package org.greentrain.train.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.greentrain.train.trainer.TrainingResult;

/**
 * Writes a {@link TrainingResult} as pretty JSON: every record field by name, optimizer and class weighting as their
 * canonical strings, instants in ISO-8601, and undefined metrics as the string {@code "NaN"}.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("greentrain-time").addSerializer(Instant.class, new InstantSerializer()))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    /** The JSON text of {@code result}. */
    public static String write(TrainingResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the training result as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The mapper, for callers that embed results in larger documents. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
