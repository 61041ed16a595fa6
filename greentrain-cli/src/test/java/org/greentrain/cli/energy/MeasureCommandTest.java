package org.greentrain.cli.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.Main;
import org.greentrain.cli.common.Json;
import org.greentrain.energy.rapl.FakePowercapTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCommandTest {

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws Exception {
        return Json.mapper().readTree(run.out());
    }

    @Test
    void measuresARealChildWithAnEstimateOnThisMachine() throws Exception {
        CliRun run = CliRun.of("measure", "--json", "--no-gpu", "--", "sleep", "0.5");

        assertThat(run.exitCode()).isZero();
        JsonNode m = json(run);
        assertThat(m.get("durationSeconds").asDouble()).isBetween(0.45, 3.0);
        assertThat(m.get("energyJoules").asDouble()).isPositive();
        assertThat(m.get("co2eGrams").asDouble()).isPositive();
        assertThat(m.get("exitCode").asInt()).isZero();
        assertThat(m.get("components")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("name").asText()).isNotBlank();
            assertThat(c.get("provenance").asText()).isIn("tdp-estimate", "ram-estimate");
            assertThat(c.get("uncertainty").get("upperJoules").asDouble())
                    .isGreaterThan(c.get("energyJoules").asDouble());
        });
        assertThat(m.get("environment").get("cpuModel").asText()).isNotBlank();
    }

    @Test
    void reportsTheExactJoulesOfAFakeCounterThatWrapsDuringTheChild() throws Exception {
        FakePowercapTree tree = new FakePowercapTree(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 900_000, 1_000_000);
        String counter = tree.energyFile("intel-rapl:0").toString();

        CliRun run = CliRun.of("measure", "--json", "--no-gpu", "--sysfs-root", tree.root().toString(), "--",
                "sh", "-c", "printf 100000 > '" + counter + "'");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode pkg = json(run).get("components").get(0);
        assertThat(pkg.get("name").asText()).isEqualTo("cpu-package");
        assertThat(pkg.get("provenance").asText()).isEqualTo("rapl-package");
        assertThat(pkg.get("energyJoules").asDouble()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void passesTheChildExitCodeThrough() {
        assertThat(CliRun.of("measure", "--no-gpu", "--", "sh", "-c", "exit 3").exitCode()).isEqualTo(3);
    }

    @Test
    void aChildKilledBySignalIsStillMeasuredAndExitsWith128PlusN() throws Exception {
        CliRun run = CliRun.of("measure", "--json", "--no-gpu", "--", "sh", "-c", "kill -9 $$");

        assertThat(run.exitCode()).isEqualTo(128 + 9);
        assertThat(json(run).get("energyJoules").asDouble()).isPositive();
    }

    @Test
    void appendsCodeCarbonCompatibleRows() throws Exception {
        Path csv = dir.resolve("emissions.csv");
        CliRun.of("measure", "--no-gpu", "--csv", csv.toString(), "--", "true");
        CliRun.of("measure", "--no-gpu", "--csv", csv.toString(), "--country", "FRA", "--", "true");

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(csv)).as("the umask's, as any new file")
                .isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(EmissionsCsv.COLUMNS);
        assertThat(lines.get(2)).contains(",FRA,FRA,");
        assertThat(lines.get(1).split(",", -1)).hasSize(EmissionsCsv.COLUMNS.size());
    }

    @Test
    void aCsvFileThatCannotTakeTheRowIsRefusedBeforeTheChildRuns() throws Exception {
        Path ran = dir.resolve("ran");
        Path other = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
        Path directory = Files.createDirectory(dir.resolve("adir"));
        Path noParent = dir.resolve("none/e.csv");

        assertUsageError(measureWithCsv(other, ran), other + " exists but its header is not CodeCarbon's");
        assertUsageError(measureWithCsv(directory, ran), "--csv " + directory + " is a directory");
        assertUsageError(measureWithCsv(noParent, ran), "directory " + noParent.getParent() + " does not exist");
        if (Files.isDirectory(Path.of("/sys"))) {
            assertUsageError(measureWithCsv(Path.of("/sys/e.csv"), ran), "--csv /sys/e.csv: cannot write in /sys (");
        }
        assertThat(ran).doesNotExist();
        assertThat(other).hasContent("a,b\n1,2");
        assertThat(noParent.getParent()).doesNotExist();
    }

    private static CliRun measureWithCsv(Path csv, Path ran) {
        return CliRun.of("measure", "--no-gpu", "--csv", csv.toString(), "--", "touch", ran.toString());
    }

    @Test
    void aRowThatCannotBeAppendedAfterTheChildStillPrintsTheMeasurement() throws Exception {
        Path csv = dir.resolve("emissions.csv");
        Path other = dir.resolve("other.csv");
        for (Path file : List.of(csv, other)) {
            assertThat(CliRun.of("measure", "--no-gpu", "--csv", file.toString(), "--", "true").exitCode()).isZero();
        }

        CliRun ok = CliRun.of("measure", "--json", "--no-gpu", "--csv", csv.toString(), "--", "sh", "-c",
                "echo not-a-header > '" + csv + "'");
        CliRun failed = CliRun.of("measure", "--json", "--no-gpu", "--csv", other.toString(), "--", "sh", "-c",
                "echo not-a-header > '" + other + "'; exit 3");

        assertThat(ok.exitCode()).as("the row is lost: not a success").isEqualTo(1);
        assertThat(json(ok).get("energyJoules").asDouble()).isPositive();
        assertThat(ok.err()).isEqualTo("greentrain measure: " + csv
                + " exists but its header is not CodeCarbon's emissions.csv header; choose another --csv file\n");
        assertThat(failed.exitCode()).as("the child's exit code").isEqualTo(3);
        assertThat(json(failed).get("exitCode").asInt()).isEqualTo(3);
        assertThat(csv).hasContent("not-a-header");
    }

    @Test
    void underJsonTheChildsStdoutGoesToStderrSoStdoutIsOneJsonObject() throws Exception {
        Process json = greentrain(Map.of(), "measure", "--json", "--no-gpu", "--", "sh", "-c",
                "echo hello; echo oops >&2");
        Process table = greentrain(Map.of(), "measure", "--no-gpu", "--", "sh", "-c", "echo hello");

        String out = new String(json.getInputStream().readAllBytes());
        assertThat(json.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(json.exitValue()).isZero();
        assertThat(Json.mapper().readTree(out).get("exitCode").asInt()).isZero();
        assertThat(new String(json.getErrorStream().readAllBytes())).contains("hello\n").contains("oops\n");
        assertThat(new String(table.getInputStream().readAllBytes())).startsWith("hello\ncommand ");
        assertThat(table.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** {@code greentrain args...} as a real process, with its own stdout and stderr. */
    private static Process greentrain(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder.start();
    }

    @Test
    void listsTheSourcesAndWhyTheOthersAreMissing() {
        CliRun run = CliRun.of("measure", "--sources", "--sysfs-root", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("rapl", "absent", "no powercap RAPL zones", "nvml", "cpu-estimate", "used");
    }

    @Test
    void everyCommandAnswersHelp() {
        CliRun run = CliRun.of("measure", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: greentrain measure").contains("--sysfs-root").contains("10% of TDP");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badInputIsOneLineWithExitCode2() {
        assertUsageError(CliRun.of("measure", "--country", "XXX", "--", "true"), "unknown country code 'XXX'");
        assertUsageError(CliRun.of("measure", "--interval", "0ms", "--", "true"), "must be positive");
        assertUsageError(CliRun.of("measure", "--interval", "-5ms", "--", "true"), "must be positive");
        assertUsageError(CliRun.of("measure"), "no command to measure");
        assertUsageError(CliRun.of("measure", "--", "greentrain-no-such-command"), "cannot run");
        assertUsageError(CliRun.of("measure", "--sysfs-root", dir.resolve("nope").toString(), "--", "true"),
                "does not exist");
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSysfsRootEnvironmentVariableMovesSysfsForAWholeProcess() throws Exception {
        new FakePowercapTree(dir).zone("intel-rapl:0", "package-0", 5, 1_000_000);
        Process p = greentrain(Map.of("GREENTRAIN_SYSFS_ROOT", dir.toString()), "measure", "--sources");
        String out = new String(p.getInputStream().readAllBytes());

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("powercap RAPL: package-0");
    }
}
