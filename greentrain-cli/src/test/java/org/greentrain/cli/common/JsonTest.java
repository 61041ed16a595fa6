package org.greentrain.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    /** A record converted by the mapper, as the commands convert designs and environments. */
    record Figures(double median, double epsilon) {
    }

    @Test
    void numbersThatAreNotFiniteAreWrittenAsNullWhetherPutOrConverted() throws Exception {
        ObjectNode node = Json.object();
        node.put("nan", Double.NaN);
        node.put("unbounded", Double.POSITIVE_INFINITY);
        node.put("negative", Double.NEGATIVE_INFINITY);
        node.put("floatNan", Float.NaN);
        node.put("finite", 0.25);
        node.putArray("perClass").add(1.5).add(Double.POSITIVE_INFINITY);
        node.set("converted", Json.mapper().valueToTree(new Figures(2, Double.POSITIVE_INFINITY)));

        String text = Json.write(node);

        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode back = Json.mapper().readTree(text);
        assertThat(back.get("nan").isNull()).isTrue();
        assertThat(back.get("unbounded").isNull()).isTrue();
        assertThat(back.get("negative").isNull()).isTrue();
        assertThat(back.get("floatNan").isNull()).isTrue();
        assertThat(back.get("finite").asDouble()).isEqualTo(0.25);
        assertThat(back.get("perClass").get(0).asDouble()).isEqualTo(1.5);
        assertThat(back.get("perClass").get(1).isNull()).isTrue();
        assertThat(back.get("converted").get("median").asDouble()).isEqualTo(2);
        assertThat(back.get("converted").get("epsilon").isNull()).isTrue();
        assertThat(Json.mapper().readTree(Json.write(Map.of("epsilon", Double.NaN))).get("epsilon").isNull())
                .as("an object that is not a tree goes the same way").isTrue();
    }
}
