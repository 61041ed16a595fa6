package org.greentrain.study.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.greentrain.data.DataInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    private static Report sample() {
        Report.Table table = new Report.Table("t", "Energy per method", List.of("method", "joules"),
                List.of(List.of("SRS", "12.5"), List.of("a|b", "3")));
        Report.Chart chart = new Report.Chart("c", "Accuracy against energy", Report.Axis.linear("J"),
                Report.Axis.linear("accuracy"), List.of(),
                List.of(Report.Series.of("runs", Report.Style.POINTS, new double[] {1}, new double[] {0.9})));
        Report.Section section = new Report.Section("s", "Results",
                List.of("Two lines\nof text, x < y, p <0.05, not <b>bold</b>."), List.of(chart), List.of(table));
        return new Report("Study", "run on 2026-11-22", List.of("DES saves 60%"), List.of(section),
                Map.of("cores", "2", "cpu", "Xeon"));
    }

    @Test
    void rendersHeadingsHighlightsTablesAndNamesTheCharts() {
        String md = MarkdownReport.render(sample());

        assertThat(md).isEqualTo("""
                # Study

                run on 2026-11-22

                - DES saves 60%

                ## Results

                Two lines of text, x < y, p <0.05, not &lt;b>bold&lt;/b>.

                **Energy per method**

                | method | joules |
                |---|---|
                | SRS | 12.5 |
                | a\\|b | 3 |

                Charts in the HTML report (`greentrain report`): Accuracy against energy.

                ## Environment

                |  |  |
                |---|---|
                | cores | 2 |
                | cpu | Xeon |

                """);
    }

    @Test
    void aMissingDirectoryIsRefusedNotCreated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("typo/results.md");

        assertThatThrownBy(() -> ReportFormat.MARKDOWN.write(sample(), out)).isInstanceOf(DataInputException.class)
                .hasMessage("cannot write " + out + ": directory " + out.getParent() + " does not exist; create it "
                        + "first");
        assertThat(out.getParent()).doesNotExist();

        ReportFormat.MARKDOWN.write(sample(), dir.resolve("results.md"));
        assertThat(Files.readString(dir.resolve("results.md"))).isEqualTo(MarkdownReport.render(sample()));
    }

    @Test
    void theFileNameChoosesTheFormat() {
        assertThat(ReportFormat.forFile(Path.of("results.md"))).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.forFile(Path.of("report.HTML"))).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.forFile(Path.of("report"))).isEqualTo(ReportFormat.HTML);
    }
}
