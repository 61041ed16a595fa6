package org.greentrain.study.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greentrain.study.report.Report.Axis;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Series;
import org.greentrain.study.report.Report.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    /** A report with every kind of chart the studies draw, and a table whose text tries to break out of the page. */
    static Report sample() {
        double[] keep = {0.1, 0.3, 0.5};
        Chart pareto = new Chart("pareto", "Accuracy against energy", new Axis("energy (J)", false, true),
                Axis.linear("accuracy"), List.of(), List.of(
                        Series.of("runs", Style.POINTS, new double[] {10, 20, 30, 40}, new double[] {0.7, 0.8, 0.78, 0.9}),
                        Series.of("Pareto front", Style.STEP, new double[] {10, 20, 40}, new double[] {0.7, 0.8, 0.9})));
        Chart spread = new Chart("f1", "Macro-F1 against keep fraction", Axis.linear("keep fraction"),
                Axis.linear("macro-F1"), List.of(), List.of(
                        Series.band("SRS spread", keep, new double[] {0.6, 0.7, 0.8}, new double[] {0.7, 0.8, 0.85}),
                        Series.of("SRS median", Style.LINE, keep, new double[] {0.65, 0.75, 0.82})));
        Chart bars = new Chart("layers", "Energy per layer type", Axis.linear("layer type"), Axis.linear("joules"),
                List.of("conv", "linear", "relu"), List.of(Series.bars("forward", new double[] {50, 10, 2}),
                        Series.bars("backward", new double[] {90, 15, 3})));
        Report.Table table = new Report.Table("runs", "Runs", List.of("method", "accuracy"),
                List.of(List.of("srs </script><script>alert(1)</script>", "0.91")));
        return new Report("Test study", "a sample", List.of("Saved 42% of the energy."),
                List.of(new Report.Section("main", "Results", List.of("Some text & more."),
                        List.of(pareto, spread, bars), List.of(table))),
                Map.of("cpu", "test CPU"));
    }

    @Test
    void thePageIsSelfContainedAndEscapesItsData() throws Exception {
        Path out = dir.resolve("report.html");
        HtmlReport.write(sample(), out);
        String html = Files.readString(out);

        assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContainPattern("<link[^>]+href=")
                .doesNotContain("src=\"http").contains("Chart.js").contains("Saved 42% of the energy.");
        assertThat(html).doesNotContain("</script><script>alert(1)").contains("&lt;/script&gt;&lt;script&gt;alert(1)");
        assertThat(html).contains("Some text &amp; more.");
        assertThat(Files.list(dir)).containsExactly(out);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aRealHeadlessChromiumDrawsEveryChart() throws Exception {
        assumeThat(CHROMIUM).as("Debian's chromium is needed for the rendering check (.ci/run installs it)").exists();
        Path out = dir.resolve("report.html");
        HtmlReport.write(sample(), out);

        Map<String, String> body = renderedBodyAttributes(out, dir);

        assertThat(body.get("data-charts-expected")).isEqualTo("3");
        assertThat(body.get("data-charts-drawn")).isEqualTo("3");
        assertThat(body.get("data-charts-inked")).isEqualTo("3");
    }

    /** Loads the page in headless Chromium and returns the attributes the page's script set on body. */
    static Map<String, String> renderedBodyAttributes(Path page, Path workDir) throws Exception {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + workDir.resolve("chromium-profile"),
                "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertThat(body.find()).as("chromium printed a DOM").isTrue();
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher a = Pattern.compile("([\\w-]+)=\"([^\"]*)\"").matcher(body.group(1));
        while (a.find()) {
            attributes.put(a.group(1), a.group(2));
        }
        return attributes;
    }
}
