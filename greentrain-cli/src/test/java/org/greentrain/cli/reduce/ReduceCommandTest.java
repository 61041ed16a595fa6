package org.greentrain.cli.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.greentrain.cli.reduce.ReduceFixtures.json;
import static org.greentrain.cli.reduce.ReduceFixtures.rows;
import static org.greentrain.cli.reduce.ReduceFixtures.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReduceCommandTest {

    @TempDir
    Path dir;

    private Path blobs;

    @BeforeEach
    void writeData() throws Exception {
        blobs = ReduceFixtures.blobsCsv(dir.resolve("blobs.csv"));
    }

    @Test
    void mmsWritesTheKeptRowsWithTheirOriginalIndexAndReportsEveryFigure() throws Exception {
        Path out = dir.resolve("reduced.csv");

        JsonNode r = json(run("reduce", "--method", "mms", "--keep", "0.3", "--seed", "7", "--input",
                blobs.toString(), "--label", "class", "--output", out.toString(), "--json"));

        // classes sort to blue (20 rows), green (30), red (50); trunc(0.3 n_c) each
        assertThat(r.get("n").asInt()).isEqualTo(6 + 9 + 15);
        assertThat(r.get("perClassCounts").toString()).isEqualTo("{\"blue\":6,\"green\":9,\"red\":15}");
        assertThat(r.get("method").asText()).isEqualTo("mms");
        assertThat(r.get("params").get("start").asText()).isEqualTo("random");
        assertThat(r.get("keepFraction").asDouble()).isEqualTo(0.3);
        assertThat(r.get("seed").asLong()).isEqualTo(7);
        assertThat(r.get("epsilon").asDouble()).isPositive();
        double maxPerClass = 0;
        for (String c : List.of("blue", "green", "red")) {
            maxPerClass = Math.max(maxPerClass, r.get("perClassEpsilon").get(c).asDouble());
        }
        assertThat(r.get("epsilon").asDouble()).isEqualTo(maxPerClass);
        assertThat(r.get("missingClasses")).isEmpty();
        assertThat(r.get("norm").asText()).isEqualTo("linf");
        assertThat(r.get("durationSeconds").asDouble()).isNotNegative();
        assertThat(r.get("energyJoules").asDouble()).isNotNegative();
        assertThat(r.get("provenance").asText()).isNotBlank();
        assertThat(r.get("measurement").get("energyJoules").asDouble()).isEqualTo(r.get("energyJoules").asDouble());
        assertThat(r.get("scaling").asText()).isEqualTo("none");
        assertThat(r.get("output").asText()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(r.get("environment").get("greentrainVersion").asText()).isNotBlank();

        // the file: index, the input's features, the label last; each row is the input row it names
        List<String> input = Files.readAllLines(blobs);
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("index,x0,x1,x2,class");
        List<String[]> kept = rows(out);
        assertThat(kept).hasSize(30);
        for (String[] row : kept) {
            String[] source = input.get(1 + Integer.parseInt(row[0])).split(",");
            assertThat(row[4]).isEqualTo(source[0]);
            for (int j = 0; j < 3; j++) {
                assertThat(Float.parseFloat(row[1 + j])).isEqualTo(Float.parseFloat(source[1 + j]));
            }
        }
        assertThat(kept.stream().map(row -> row[0]).distinct()).hasSize(30);
    }

    @Test
    void theSameSeedWritesTheSameFileAndAnotherSeedMayNot() throws Exception {
        List<List<String>> files = new ArrayList<>();
        for (String seed : List.of("5", "5", "6")) {
            Path out = dir.resolve("srs-" + files.size() + ".csv");
            CliRun r = run("reduce", "--method", "srs", "--keep", "0.5", "--seed", seed, "--input", blobs.toString(),
                    "--label", "class", "--output", out.toString(), "--quiet");
            assertThat(r.exitCode()).as(r.err()).isZero();
            files.add(Files.readAllLines(out));
        }
        assertThat(files.get(0)).isEqualTo(files.get(1)).isNotEqualTo(files.get(2));
    }

    @Test
    void clcCentroidsGetAnEmptyIndexAndComeBackInTheInputsUnits() throws Exception {
        Path out = dir.resolve("clc.csv");

        JsonNode r = json(run("reduce", "--method", "clc", "--keep", "0.2", "--input", blobs.toString(), "--label",
                "class", "--scale", "minmax", "--output", out.toString(), "--json"));

        assertThat(r.get("n").asInt()).isEqualTo(4 + 6 + 10);
        assertThat(r.get("synthetic").asInt()).isEqualTo(20);
        assertThat(r.get("scaling").asText()).isEqualTo("minmax (fitted on all rows)");
        // ε is measured on the scaled data, so it is below 1
        assertThat(r.get("epsilon").asDouble()).isBetween(0.0, 1.0);
        // each centroid is a mean of its class's rows: inside the class's bounding box in the original units
        Map<String, double[][]> box = new HashMap<>();
        for (String line : Files.readAllLines(blobs).subList(1, 101)) {
            String[] cells = line.split(",");
            double[][] b = box.computeIfAbsent(cells[0], k -> new double[][] {
                    {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}, {-Double.MAX_VALUE, -Double.MAX_VALUE,
                    -Double.MAX_VALUE}});
            for (int j = 0; j < 3; j++) {
                double v = Double.parseDouble(cells[1 + j]);
                b[0][j] = Math.min(b[0][j], v);
                b[1][j] = Math.max(b[1][j], v);
            }
        }
        for (String[] row : rows(out)) {
            assertThat(row[0]).isEmpty();
            double[][] b = box.get(row[4]);
            for (int j = 0; j < 3; j++) {
                assertThat(Double.parseDouble(row[1 + j])).isBetween(b[0][j] - 1e-2, b[1][j] + 1e-2);
            }
        }
    }

    @Test
    void epsilonOfTheWrittenFileMatchesWhatReduceReported() throws Exception {
        for (String scale : List.of("none", "minmax")) {
            Path out = dir.resolve("clc-" + scale + ".csv");
            JsonNode reduced = json(run("reduce", "--method", "clc", "--keep", "0.3", "--input", blobs.toString(),
                    "--label", "class", "--scale", scale, "--output", out.toString(), "--json"));

            JsonNode eps = json(run("epsilon", "--full", blobs.toString(), "--reduced", out.toString(), "--label",
                    "class", "--scale", scale, "--json"));

            // the file holds floats in the input's units; scaling them back and forth moves them by rounding only
            assertThat(eps.get("epsilon").asDouble()).isCloseTo(reduced.get("epsilon").asDouble(), within(1e-4));
            for (String c : List.of("blue", "green", "red")) {
                assertThat(eps.get("perClass").get(c).asDouble())
                        .isCloseTo(reduced.get("perClassEpsilon").get(c).asDouble(), within(1e-4));
            }
            assertThat(eps.get("missingClasses")).isEmpty();
            assertThat(eps.get("reducedRows").asInt()).isEqualTo(reduced.get("n").asInt());
        }
    }

    @Test
    void epsilonOfTheFullDataIsZeroAndAMissingClassIsNullAndListed() throws Exception {
        JsonNode same = json(run("epsilon", "--full", blobs.toString(), "--reduced", blobs.toString(), "--label",
                "class", "--json"));
        assertThat(same.get("epsilon").asDouble()).isZero();

        List<String> lines = Files.readAllLines(blobs);
        Path noBlue = ReduceFixtures.csv(dir.resolve("no-blue.csv"), "x0,x1,class", "1,2,red");
        CliRun mismatch = run("epsilon", "--full", blobs.toString(), "--reduced", noBlue.toString(), "--label",
                "class");
        ReduceFixtures.assertUsageError(mismatch, "has the features [x0, x1] but --full");

        Path redAndGreen = ReduceFixtures.csv(dir.resolve("red-green.csv"), lines.get(0), lines.get(1),
                lines.get(60));
        JsonNode missing = json(run("epsilon", "--full", blobs.toString(), "--reduced", redAndGreen.toString(),
                "--label", "0", "--json"));
        assertThat(missing.get("epsilon").isNull()).isTrue();
        assertThat(missing.get("perClass").get("blue").isNull()).isTrue();
        assertThat(missing.get("perClass").get("red").asDouble()).isPositive();
        assertThat(missing.get("missingClasses").toString()).isEqualTo("[\"blue\"]");

        CliRun text = run("epsilon", "--full", blobs.toString(), "--reduced", redAndGreen.toString(), "--label",
                "class");
        assertThat(text.out()).contains("blue", "inf (class missing)");
    }

    @Test
    void tableOverMethodsAndFractionsWritesOneFilePerRunIntoADirectory() throws Exception {
        Path outDir = dir.resolve("runs");

        JsonNode r = json(run("reduce", "--method", "all", "--keep", "0.2,0.5", "--dataset", "iris", "--output",
                outDir.toString(), "--json"));

        List<String> expected = List.of("srs", "prd", "clc", "mms", "des", "phl", "nrmd", "dom", "rkmeans");
        assertThat(r.get("runs")).hasSize(expected.size() * 2);
        List<String> methods = new ArrayList<>();
        r.get("runs").forEach(run -> methods.add(run.get("method").asText() + " " + run.get("keepFraction")));
        assertThat(methods).startsWith("srs 0.2", "srs 0.5", "prd 0.2");
        for (JsonNode run : r.get("runs")) {
            assertThat(run.get("n").asInt()).isPositive();
            assertThat(Path.of(run.get("output").asText())).exists()
                    .hasFileName(run.get("method").asText() + "-" + run.get("keepFraction").asText() + ".csv");
        }
        try (var files = Files.list(outDir)) {
            assertThat(files).hasSize(18);
        }

        CliRun text = run("reduce", "--method", "srs,mms", "--keep", "0.2,0.5", "--dataset", "iris");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("method", "keep", "rows", "epsilon", "seconds", "joules")
                .contains("srs", "mms").contains("iris: 150 rows, 3 classes");
        assertThat(text.out().lines().filter(l -> l.startsWith("mms ") || l.startsWith("srs "))).hasSize(4);
    }

    @Test
    void keepTakesTheStudysRangesToo() throws Exception {
        JsonNode r = json(run("reduce", "--method", "srs", "--keep", "0.2..0.6:0.2", "--dataset", "iris", "--json"));

        List<Double> keeps = new ArrayList<>();
        r.get("runs").forEach(run -> keeps.add(run.get("keepFraction").asDouble()));
        assertThat(keeps).containsExactly(0.2, 0.4, 0.6);
    }

    @Test
    void oneReductionPrintsATablePerClassWithTimeEnergyAndNotes() {
        CliRun r = run("reduce", "--method", "clc", "--keep", "0.04", "--input", blobs.toString(), "--label",
                "class");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("clc on blobs.csv: kept 3 of 100 rows", "class", "kept", "epsilon (linf)",
                "time", "energy", "plausible", "parameters", "mode=kmeans++", "notes",
                "class 'blue' has 20 rows; trunc(0.04 x 20) = 0", "inf (class missing)");
    }

    @Test
    void methodHelpListsItsParametersWithDefaults() {
        CliRun mms = run("reduce", "--method", "mms", "--help");
        assertThat(mms.exitCode()).isZero();
        assertThat(mms.out()).contains("--keep", "mms: Max-min", "start", "(default random)", "norm");

        CliRun phl = run("reduce", "--method", "phl", "--help");
        assertThat(phl.out()).contains("scoring", "type", "dimension");

        CliRun all = run("reduce", "--help");
        assertThat(all.out()).contains("Methods (--method", "rkmeans", "every method but fes");
    }

    @Test
    void fesTrainsTheDefaultNetworkAndSaysItsCostIncludesTheTraining() throws Exception {
        JsonNode r = json(run("reduce", "--method", "fes", "--keep", "0.3", "--param", "epochs=2", "--dataset",
                "iris", "--scale", "minmax", "--json"));

        assertThat(r.get("n").asInt()).isEqualTo(3 * 15);
        assertThat(r.get("params").get("epochs").asText()).isEqualTo("2");
        assertThat(r.get("notes").toString()).contains("include training mlp-paper", "for 2 epochs on all 150 rows");
    }
}
