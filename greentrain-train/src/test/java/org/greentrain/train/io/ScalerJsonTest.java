package org.greentrain.train.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.data.scale.FeatureScaler;
import org.greentrain.data.scale.ScalingMethod;
import org.junit.jupiter.api.Test;

class ScalerJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFittedScalerSurvivesTheRoundTripThroughJsonTextExactly() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 2 + random.nextInt(20);
            int cols = 1 + random.nextInt(6);
            float[] x = new float[rows * cols];
            double magnitude = Math.pow(10, random.nextInt(-6, 7));
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) ((random.nextDouble() - 0.3) * magnitude);
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                names.add("f" + c);
            }
            Dataset data = Dataset.of("random", x, rows, cols, new int[rows], List.of("a", "b"), names);
            ScalingMethod method = ScalingMethod.values()[trial % 2];
            FeatureScaler fitted = method.fit(data);

            String text = JSON.writeValueAsString(ScalerJson.toJson(fitted));
            FeatureScaler back = ScalerJson.fromJson(JSON.readTree(text), names, "scaler.json");

            assertThat(back.method()).isEqualTo(method);
            for (int c = 0; c < cols; c++) {
                assertThat(back.shift(c)).as("trial %d shift %d", trial, c).isEqualTo(fitted.shift(c));
                assertThat(back.divisor(c)).as("trial %d divisor %d", trial, c).isEqualTo(fitted.divisor(c));
            }
            assertThat(back.apply(data).features()).isEqualTo(fitted.apply(data).features());
        }
    }

    @Test
    void noScalingIsWrittenAsNoneAndReadBackAsNull() throws Exception {
        JsonNode none = ScalerJson.toJson(null);

        assertThat(none.toString()).isEqualTo("{\"method\":\"none\"}");
        assertThat(ScalerJson.fromJson(none, List.of("a"), "scaler.json")).isNull();
    }

    @Test
    void damagedFilesAreRefusedWithTheFileAndTheFix() throws Exception {
        assertThatThrownBy(() -> ScalerJson.fromJson(JSON.readTree("{\"method\":\"log\"}"), List.of("a"), "s.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("s.json names the scaling method 'log'; expected minmax, zscore or none");
        assertThatThrownBy(() -> ScalerJson.fromJson(JSON.readTree("{\"method\":\"minmax\",\"shift\":[0]}"),
                List.of("a"), "s.json"))
                .hasMessage("s.json has no 'divisor' array: the file is damaged; save the model again");
        assertThatThrownBy(() -> ScalerJson.fromJson(
                JSON.readTree("{\"method\":\"minmax\",\"shift\":[0,1],\"divisor\":[1,2]}"), List.of("a"), "s.json"))
                .hasMessage("a scaler needs one shift and one divisor per feature, got 2 shifts and 2 divisors for 1"
                        + " features");
        assertThatThrownBy(() -> ScalerJson.fromJson(
                JSON.readTree("{\"method\":\"zscore\",\"shift\":[0],\"divisor\":[0]}"), List.of("a"), "s.json"))
                .hasMessage("feature 'a' has shift 0.0 and divisor 0.0: a scaler needs a finite shift and a positive"
                        + " finite divisor");
        assertThatThrownBy(() -> ScalerJson.fromJson(
                JSON.readTree("{\"method\":\"zscore\",\"shift\":[\"x\"],\"divisor\":[1]}"), List.of("a"), "s.json"))
                .hasMessage("s.json: 'shift' value 0 is \"x\", not a number; save the model again");
    }
}
