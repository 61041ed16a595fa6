package org.greentrain.cli.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greentrain.cli.reduce.ReduceFixtures.assertUsageError;
import static org.greentrain.cli.reduce.ReduceFixtures.csv;
import static org.greentrain.cli.reduce.ReduceFixtures.json;
import static org.greentrain.cli.reduce.ReduceFixtures.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is one line on stderr and exit code 2, with no file written; small classes have a defined result. */
class ReduceBadInputTest {

    @TempDir
    Path dir;

    private Path blobs;

    @BeforeEach
    void writeData() throws Exception {
        blobs = ReduceFixtures.blobsCsv(dir.resolve("blobs.csv"));
    }

    private CliRun reduce(String... extra) {
        String[] base = {"reduce", "--input", blobs.toString(), "--label", "class"};
        return run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void keepFractionsOutsideZeroToOneAreRefused() {
        for (String keep : new String[] {"0", "1.5", "-0.1", "NaN", "abc", "0.1,,0.3"}) {
            assertUsageError(reduce("--method", "srs", "--keep", keep), "--keep takes fractions",
                    "in (0, 1]");
        }
        assertUsageError(reduce("--method", "srs", "--keep", "0.1,0.1"), "--keep takes fractions", "lists 0.1 twice");
    }

    @Test
    void unknownMethodsParameterKeysAndValuesAreRefused() {
        assertUsageError(reduce("--method", "magic", "--keep", "0.3"), "unknown reduction method 'magic'; valid: srs",
                "or all");
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--param", "colour=red"),
                "mms: unknown parameter 'colour'; valid: ");
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--param", "norm=l3"),
                "mms: parameter 'norm' must be one of");
        assertUsageError(reduce("--method", "des", "--keep", "0.3", "--param", "pBase=abc"), "des: parameter 'pBase'");
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--param", "start"), "must look like key=value");
        assertUsageError(reduce("--method", "srs,mms", "--keep", "0.3", "--param", "start=first"),
                "--param sets the parameters of one method");
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--norm", "l3"), "--norm");
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--scale", "log"), "--scale");
        assertUsageError(reduce("--method", "prd", "--keep", "0.3", "--param", "kernel=gaussian,sigma=1e-160"),
                "prd: sigma must be a finite number > 0 whose 1/(2 sigma^2) is finite");
        assertUsageError(reduce("--method", "clc", "--keep", "0.3", "--param", "restarts=1000000000"),
                "clc: restarts must be 1 to 1000");
    }

    @Test
    void aParameterThatOneOfSeveralKeepFractionsCannotUseFailsBeforeAnyReductionRuns() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectory(out);
        assertUsageError(reduce("--method", "des", "--param", "pBase=0.3", "--keep", "0.5,0.2", "--output",
                out.toString()), "des: pBase 0.3 exceeds the keep fraction 0.2");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void aTinyKeepFractionMakesAShortFileName() throws Exception {
        Path out = dir.resolve("tiny");
        CliRun run = reduce("--method", "srs", "--keep", "1e-300,0.5", "--output", out.toString(), "--quiet");
        assertThat(run.exitCode()).isEqualTo(0);
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("srs-1E-300.csv",
                    "srs-0.5.csv");
        }
        assertThat(run.out()).contains("1E-300").doesNotContain("0.000000");
    }

    @Test
    void anUnknownCountryIsRefusedAlthoughTheMeterIsFoundWhileTheDataIsRead() {
        assertUsageError(reduce("--method", "srs", "--keep", "0.3", "--country", "XXX"), "unknown country code 'XXX'");
    }

    @Test
    void emptyNonFiniteAndNonClassDataIsRefused() throws Exception {
        Path empty = csv(dir.resolve("empty.csv"), "x,class");
        assertUsageError(run("reduce", "--method", "srs", "--keep", "0.5", "--input", empty.toString()),
                "has a header but no data rows");
        Path nan = csv(dir.resolve("nan.csv"), "x,class", "1,a", "NaN,b");
        assertUsageError(run("reduce", "--method", "srs", "--keep", "0.5", "--input", nan.toString()), "line 3");
        Path inf = csv(dir.resolve("inf.csv"), "x,class", "1,a", "Infinity,b");
        assertUsageError(run("reduce", "--method", "srs", "--keep", "0.5", "--input", inf.toString()), "line 3");
        Path regression = csv(dir.resolve("target.csv"), "x,y", "1,0.25", "2,1.5", "3,2");
        assertUsageError(run("reduce", "--method", "srs", "--keep", "0.5", "--input", regression.toString()),
                "holds numbers that are not whole (0.25", "reduction needs class labels");
        Path integers = csv(dir.resolve("integers.csv"), "x,y", "1,0", "2,1", "3,2", "4,2");
        assertThat(run("reduce", "--method", "srs", "--keep", "0.5", "--input", integers.toString()).exitCode())
                .isZero();
        assertUsageError(run("reduce", "--method", "srs", "--keep", "0.5", "--input",
                dir.resolve("absent.csv").toString()), "absent.csv does not exist");
    }

    @Test
    void outputPathsAreCheckedBeforeAnyWork() throws Exception {
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--output",
                dir.resolve("no/such/dir/out.csv").toString()), "does not exist; create it first");
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--output", dir.toString()),
                "is a directory: give a file name");
        Path file = Files.writeString(dir.resolve("taken.csv"), "old");
        assertUsageError(reduce("--method", "mms", "--keep", "0.1,0.3", "--output", file.toString()),
                "is a file, but several reductions run");
        assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--output", file.resolve("out.csv").toString()),
                file + " is not a directory");
        if (Files.isDirectory(Path.of("/sys"))) {
            assertUsageError(reduce("--method", "mms", "--keep", "0.3", "--output", "/sys/x.csv"),
                    "--output /sys/x.csv: cannot write in /sys (");
        }
        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("blobs.csv",
                    "taken.csv");
        }
    }

    @Test
    void classesTooSmallForTheMethodGiveTheDefinedResult() throws Exception {
        // class 'lone' has one row: PHL scores it a super-outlier, CLC at keep 0.5 gives it k = trunc(0.5) = 0
        Path small = csv(dir.resolve("small.csv"), "x,y,class", "0,0,big", "1,0,big", "0,1,big", "1,1,big",
                "5,5,lone");

        JsonNode phl = json(run("reduce", "--method", "phl", "--keep", "1", "--input", small.toString(), "--json"));
        assertThat(phl.get("perClassCounts").get("lone").asInt()).isEqualTo(1);
        assertThat(phl.get("epsilon").asDouble()).isZero();

        JsonNode clc = json(run("reduce", "--method", "clc", "--keep", "0.5", "--input", small.toString(),
                "--json"));
        assertThat(clc.get("perClassCounts").get("lone").asInt()).isZero();
        assertThat(clc.get("perClassCounts").get("big").asInt()).isEqualTo(2);
        assertThat(clc.get("missingClasses").toString()).isEqualTo("[\"lone\"]");
        assertThat(clc.get("epsilon").isNull()).isTrue();
        assertThat(clc.get("notes").toString()).contains("class 'lone' has 1 row; trunc(0.5 x 1) = 0");
    }

    @Test
    void epsilonRefusesReducedRowsOfUnknownClassesAndMissingFiles() throws Exception {
        Path other = csv(dir.resolve("other.csv"), "class,x0,x1,x2", "purple,1,2,3");
        assertUsageError(run("epsilon", "--full", blobs.toString(), "--reduced", other.toString(), "--label",
                "class"), "'purple' is not one of the classes");
        assertUsageError(run("epsilon", "--full", blobs.toString(), "--reduced", dir.resolve("x.csv").toString()),
                "--reduced", "does not exist");
    }
}
