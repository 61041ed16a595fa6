package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.greentrain.cli.tune.TuneFixtures.assertUsageError;
import static org.greentrain.cli.tune.TuneFixtures.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudiesCommandTest {

    @TempDir
    Path dir;

    private TuneFixtures fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new TuneFixtures(dir);
        CliRun run = CliRun.of("tune", "--no-gpu", "--storage", fx.storage(), "--study", "quad", "--command",
                "sh " + fx.quadratic() + " {x}", "--space", "x=-5..5,opt=adam|sgd,m[opt=sgd]=0..1", "--sampler",
                "random", "--trials", "4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun.of("ask", "--storage", fx.storage(), "--study", "pending", "--space", "y=1..8:int:log",
                "--objective", "acc:max,energy:min");
    }

    @Test
    void listsEveryStudyWithItsCounts() throws Exception {
        CliRun text = CliRun.of("studies", "list", "--storage", fx.storage());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("pending", "acc:maximize,energy:minimize", "quad", "random (seed 0)");

        JsonNode all = json(CliRun.of("studies", "list", "--storage", fx.storage(), "--json"));
        assertThat(all).hasSize(2);
        assertThat(all.get(1).get("study").asText()).isEqualTo("quad");
        assertThat(all.get(1).get("trialCount").asInt()).isEqualTo(4);
        assertThat(all.get(1).has("bestValue")).isTrue();
        assertThat(all.get(0).get("completeCount").asInt()).isZero();
    }

    @Test
    void showsAStudyWithoutChangingIt() throws Exception {
        String before = fx.snapshot();
        CliRun text = CliRun.of("studies", "show", "quad", "--storage", fx.storage());
        assertThat(text.out()).contains("objective  command: sh ", "best       trial", "COMPLETE");
        CliRun pending = CliRun.of("studies", "show", "pending", "--storage", fx.storage());
        assertThat(pending.out()).contains("RUNNING", "pareto     none: no trial completed");
        assertThat(fx.snapshot()).isEqualTo(before);
        assertUsageError(CliRun.of("studies", "show", "nope", "--storage", fx.storage()),
                "no study 'nope' in sqlite:");
        assertUsageError(CliRun.of("studies", "--storage", fx.storage()), "Unknown option");
    }

    @Test
    void explainsWhichParametersDecideTheObjectiveAndTheJoules() throws Exception {
        CliRun more = CliRun.of("tune", "--no-gpu", "--storage", fx.storage(), "--study", "quad", "--command",
                "sh " + fx.quadratic() + " {x}", "--trials", "36", "--quiet");
        assertThat(more.exitCode()).as(more.err()).isZero();
        String before = fx.snapshot();

        JsonNode r = json(CliRun.of("studies", "importance", "quad", "--top", "0.2", "--storage", fx.storage(),
                "--json"));
        assertThat(r.get("rankedBy").asText()).isEqualTo("value");
        JsonNode params = r.get("params");
        assertThat(params).hasSize(3);
        assertThat(params.get(0).get("name").asText()).isEqualTo("x"); // the loss is (x - 2)^2
        assertThat(params.get(0).get("trials").asInt()).isEqualTo(40);
        assertThat(params.get(0).get("topTrials").asInt()).isEqualTo(8);
        double shares = 0;
        for (JsonNode p : params) {
            shares += p.get("importance").asDouble();
        }
        assertThat(shares).isCloseTo(1, offset(1e-9));

        CliRun energy = CliRun.of("studies", "importance", "quad", "--goal", "energy", "--storage", fx.storage());
        assertThat(energy.exitCode()).as(energy.err()).isZero();
        assertThat(energy.out()).contains("ranked by  energy", "param", "importance", "divergence");
        assertThat(fx.snapshot()).isEqualTo(before);

        assertUsageError(CliRun.of("studies", "importance", "quad", "--goal", "speed", "--storage", fx.storage()),
                "--goal speed is not a goal of study 'quad': use one of value or energy");
        assertUsageError(CliRun.of("studies", "importance", "quad", "--top", "1.5", "--storage", fx.storage()),
                "--top takes a fraction in (0, 1), got 1.5");
        assertUsageError(CliRun.of("studies", "importance", "pending", "--storage", fx.storage()),
                "study 'pending': importance needs at least 5 finished trials with a value, got 0");
    }

    @Test
    void exportsOneCsvRowPerTrial() throws Exception {
        Path csv = dir.resolve("quad.csv");
        CliRun run = CliRun.of("studies", "export", "quad", "--csv", csv.toString(), "--storage", fx.storage());
        assertThat(run.exitCode()).as(run.err()).isZero();

        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv)));
        List<CSVRecord> rows = parser.getRecords();
        assertThat(rows).hasSize(4);
        assertThat(parser.getHeaderNames()).startsWith("number", "state", "param_opt", "param_m",
                "param_x", "value", "energy_joules");
        for (CSVRecord r : rows) {
            assertThat(r.get("state")).isEqualTo("COMPLETE");
            double x = Double.parseDouble(r.get("param_x"));
            assertThat(Double.parseDouble(r.get("value"))).isCloseTo((x - 2) * (x - 2),
                    offset(1e-6));
            assertThat(r.get("param_m").isEmpty()).isEqualTo(r.get("param_opt").equals("adam"));
            assertThat(Double.parseDouble(r.get("energy_joules"))).isPositive();
        }
        CliRun stdout = CliRun.of("studies", "export", "quad", "--csv", "-", "--storage", fx.storage());
        assertThat(stdout.out()).isEqualTo(Files.readString(csv));
        assertUsageError(CliRun.of("studies", "export", "quad", "--csv", dir.resolve("no/such/dir.csv").toString(),
                "--storage", fx.storage()), "does not exist");
        assertUsageError(CliRun.of("studies", "export", "quad", "--csv", dir.toString(), "--storage", fx.storage()),
                "--csv " + dir + " is a directory: give a file name, such as " + dir.resolve("trials.csv"));
        if (Files.isDirectory(Path.of("/sys"))) {
            assertUsageError(CliRun.of("studies", "export", "quad", "--csv", "/sys/x.csv", "--storage",
                    fx.storage()), "--csv /sys/x.csv: cannot write in /sys (");
        }
    }
}
