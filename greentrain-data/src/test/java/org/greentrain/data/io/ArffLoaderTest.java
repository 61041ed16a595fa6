package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.junit.jupiter.api.Test;

class ArffLoaderTest {

    private static final String WEATHER = String.join("\n",
            "% a comment before the header",
            "@RELATION weather",
            "",
            "@attribute outlook {sunny, overcast, 'light rain'}",
            "@attribute 'temp erature' real",
            "@attribute humidity INTEGER",
            "@attribute play {yes,no}",
            "",
            "@data",
            "% a comment in the data",
            "sunny,85,85,no",
            "overcast, 83.5 ,86,yes",
            "'light rain',70,96,yes % trailing comment",
            "");

    private static Dataset load(String arff, LoadOptions options) throws IOException {
        return ArffLoader.load(new BufferedReader(new StringReader(arff)), "w.arff", "w", options);
    }

    private static String errorOf(String arff, LoadOptions options) {
        return assertThatThrownBy(() -> load(arff, options)).isInstanceOf(DataInputException.class)
                .extracting(Throwable::getMessage).asString().actual();
    }

    private static final LoadOptions ONE_HOT = LoadOptions.defaults().withCategorical(CategoricalPolicy.ONE_HOT);

    @Test
    void readsNumericAndNominalAttributesWithTheLastAsClass() throws IOException {
        Dataset d = load(WEATHER, ONE_HOT);

        assertThat(d.featureNames()).containsExactly("outlook=light rain", "outlook=overcast", "outlook=sunny",
                "temp erature", "humidity");
        assertThat(d.features()).containsExactly(
                0, 0, 1, 85, 85,
                0, 1, 0, 83.5f, 86,
                1, 0, 0, 70, 96);
        assertThat(d.classNames()).containsExactly("no", "yes");
        assertThat(d.labels()).containsExactly(0, 1, 1);
    }

    @Test
    void nominalFeaturesAreRejectedByDefault() {
        assertThat(errorOf(WEATHER, LoadOptions.defaults()))
                .startsWith("w.arff column 'outlook' is categorical (line 11 has 'sunny'): load it with the one-hot");
    }

    @Test
    void classAttributeCanBeChosenByName() throws IOException {
        Dataset d = load(WEATHER, ONE_HOT.withLabel(LabelColumn.byName("outlook")));

        assertThat(d.classNames()).containsExactly("light rain", "overcast", "sunny");
        assertThat(d.labels()).containsExactly(2, 1, 0);
        assertThat(d.featureNames()).containsExactly("temp erature", "humidity", "play=no", "play=yes");
    }

    @Test
    void declaredClassesAbsentFromTheDataAreStillClasses() throws IOException {
        String arff = "@relation r\n@attribute x numeric\n@attribute c {b,a,z}\n@data\n1,a\n2,b\n";

        Dataset d = load(arff, LoadOptions.defaults());

        assertThat(d.classNames()).containsExactly("a", "b", "z");
        assertThat(d.classCounts()).containsExactly(1, 1, 0);
    }

    @Test
    void missingValueIsRefusedWithLineAndColumn() {
        String arff = "@relation r\n@attribute x numeric\n@attribute y numeric\n@attribute c {a,b}\n@data\n"
                + "1,2,a\n3,?,b\n";

        assertThat(errorOf(arff, LoadOptions.defaults()))
                .isEqualTo("w.arff line 7, column 'y': missing value '?'; fill it in or drop the row before loading");
    }

    @Test
    void textInNumericAttributeAndUndeclaredNominalValueAreRefused() {
        String header = "@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n";

        assertThat(errorOf(header + "1,a\nabc,b\n", LoadOptions.defaults()))
                .isEqualTo("w.arff line 6, column 'x': 'abc' is not a number");
        assertThat(errorOf(header + "1,a\n2,q\n", LoadOptions.defaults()))
                .isEqualTo("w.arff line 6, column 'c': 'q' is not one of the classes a, b");
    }

    @Test
    void raggedRowIsRefused() {
        String arff = "@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n1,a\n1,2,a\n";

        assertThat(errorOf(arff, LoadOptions.defaults())).startsWith("w.arff line 6 has 3 values but the header has 2");
    }

    @Test
    void unsupportedFeaturesOfTheFormatAreNamed() {
        assertThat(errorOf("@relation r\n@attribute s string\n@attribute c {a}\n@data\n", LoadOptions.defaults()))
                .isEqualTo("w.arff line 2: attribute 's' has type string, but only numeric and nominal attributes can"
                        + " be features or labels: remove it");
        assertThat(errorOf("@relation r\n@attribute x numeric\n@attribute c {a}\n@data\n{0 1, 1 a}\n",
                LoadOptions.defaults())).startsWith("w.arff line 5: sparse ARFF rows");
        assertThat(errorOf("@relation r\n@attribute x numeric\n", LoadOptions.defaults()))
                .startsWith("w.arff has no @data line");
        assertThat(errorOf("a,b,c\n1,2,3\n", LoadOptions.defaults()))
                .startsWith("w.arff line 1: expected @relation, @attribute or @data but found 'a,b,c'");
        assertThat(errorOf("@relation r\n@attribute x numeric\n@attribute c {a}\n@data\n", LoadOptions.defaults()))
                .isEqualTo("w.arff has a header but no data rows");
    }

    @Test
    void loadsTheSonarFileShippedWithRapaio() throws IOException {
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(
                getClass().getResourceAsStream("/rapaio/provider/datasets/sonar.arff"),
                java.nio.charset.StandardCharsets.UTF_8))) {
            Dataset d = ArffLoader.load(reader, "sonar.arff", "sonar", LoadOptions.defaults());

            assertThat(d.rows()).isEqualTo(208);
            assertThat(d.cols()).isEqualTo(60);
            assertThat(d.featureNames().get(0)).isEqualTo("attribute_1");
            assertThat(d.classNames()).containsExactly("Mine", "Rock");
        }
    }
}
