package org.greentrain.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greentrain report} of a tiny stored reduction study, and of studies that do not exist. */
class ReportCommandTest {

    @TempDir
    static Path dir;

    static String storage;

    @BeforeAll
    static void storeATinyStudy() {
        storage = "sqlite:" + dir.resolve("studies.db");
        CliRun run = CliRun.of("study", "reduction", "--dataset", "iris", "--methods", "srs,des", "--keep", "0.5",
                "--repeats", "1", "--epochs", "2", "--batch", "16", "--no-gpu", "--storage", storage, "--study",
                "small", "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void writesOneSelfContainedPage() throws Exception {
        Path out = Files.createDirectories(dir.resolve("pages")).resolve("small.html");
        CliRun run = CliRun.of("report", "small", "--storage", storage, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("report of 'small' written to " + out.toAbsolutePath())
                .contains("(7 charts, 6 tables;");
        String html = Files.readString(out);
        assertThat(html).contains("Data reduction on iris").contains("chart-pareto").contains("table-spearman")
                .doesNotContainPattern("<script[^>]+src=");
        assertThat(Files.list(out.getParent())).containsExactly(out);

        CliRun json = CliRun.of("report", "small", "--storage", storage, "--out", out.toString(), "--json");
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertThat(node.get("charts").asInt()).isEqualTo(7);
        assertThat(node.get("report").asText()).isEqualTo(out.toAbsolutePath().toString());
    }

    @Test
    void aMarkdownFileGetsTheTextAndTables() throws Exception {
        Path out = dir.resolve("small.md");
        CliRun run = CliRun.of("report", "small", "--storage", storage, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Markdown: the charts are in the HTML form");
        String md = Files.readString(out);
        assertThat(md).startsWith("# Data reduction on iris").contains("\n## ").contains("\n|---|")
                .contains("Charts in the HTML report").doesNotContain("<script");

        Path forced = dir.resolve("small.txt");
        assertThat(CliRun.of("report", "small", "--storage", storage, "--out", forced.toString(), "--format",
                "markdown").exitCode()).isZero();
        assertThat(Files.readString(forced)).isEqualTo(md);
    }

    @Test
    void anUnknownStudyListsTheStudiesThatExist() {
        CliRun run = CliRun.of("report", "nope", "--storage", storage, "--out", dir.resolve("x.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no study 'nope'").contains("studies there: small (reduction)");
        assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
    }

    @Test
    void aMissingDatabaseOrAnOutputDirectoryIsRefused() {
        CliRun missing = CliRun.of("report", "small", "--storage", "sqlite:" + dir.resolve("none.db"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("greentrain report: no greentrain storage at sqlite:"
                + dir.resolve("none.db") + " (no such file)\n");
        assertThat(Files.exists(dir.resolve("none.db"))).isFalse();

        CliRun directory = CliRun.of("report", "small", "--storage", storage, "--out", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory");
    }

    @Test
    void anOutputUnderAFileOrAMissingDirectoryIsRefusedOnOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("red.json"), "{}");

        CliRun underFile = CliRun.of("report", "small", "--storage", storage, "--out",
                file.resolve("r.html").toString());
        CliRun missing = CliRun.of("report", "small", "--storage", storage, "--out",
                dir.resolve("none/r.html").toString());

        assertThat(underFile.exitCode()).isEqualTo(2);
        assertThat(underFile.err()).isEqualTo("greentrain report: --out " + file.resolve("r.html") + ": " + file
                + " is not a directory\n");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("directory " + dir.resolve("none") + " does not exist; create it first");
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
