package org.greentrain.study.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as GitHub-flavoured Markdown: highlights, paragraphs and tables, with each chart named and
 * pointed to the HTML report (Markdown cannot draw it). This is the form for a repository's docs, a pull request or
 * a lab notebook, where a self-contained HTML page cannot be shown inline.
 */
public final class MarkdownReport {

    /** A {@code <} that Markdown renderers would read as the start of an HTML tag or comment. */
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");

    private MarkdownReport() {
    }

    /** The report as Markdown text, ending with a newline. */
    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(report.title())).append("\n\n");
        if (!report.subtitle().isBlank()) {
            md.append(inline(report.subtitle())).append("\n\n");
        }
        for (String h : report.highlights()) {
            md.append("- ").append(inline(h)).append('\n');
        }
        if (!report.highlights().isEmpty()) {
            md.append('\n');
        }
        for (Report.Section s : report.sections()) {
            md.append("## ").append(inline(s.title())).append("\n\n");
            for (String p : s.paragraphs()) {
                md.append(inline(p)).append("\n\n");
            }
            for (Report.Table t : s.tables()) {
                table(md, t.title(), t.columns(), t.rows());
            }
            if (!s.charts().isEmpty()) {
                md.append("Charts in the HTML report (`greentrain report`): ")
                        .append(s.charts().stream().map(c -> inline(c.title())).collect(Collectors.joining("; ")))
                        .append(".\n\n");
            }
        }
        if (!report.environment().isEmpty()) {
            List<List<String>> rows = report.environment().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> List.of(e.getKey(), e.getValue())).toList();
            md.append("## Environment\n\n");
            table(md, "", List.of("", ""), rows);
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String title, List<String> columns, List<List<String>> rows) {
        if (!title.isBlank()) {
            md.append("**").append(inline(title)).append("**\n\n");
        }
        md.append(row(columns)).append('\n');
        md.append(columns.stream().map(c -> "---").collect(Collectors.joining("|", "|", "|"))).append('\n');
        for (List<String> r : rows) {
            md.append(row(r)).append('\n');
        }
        md.append('\n');
    }

    private static String row(List<String> cells) {
        return cells.stream().map(MarkdownReport::cell).collect(Collectors.joining(" | ", "| ", " |"));
    }

    /** A table cell: pipes escaped, line breaks flattened. */
    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** Running text: line breaks flattened, and a {@code <} that would open an HTML tag escaped. */
    private static String inline(String text) {
        return TAG_START.matcher(text.replace('\n', ' ')).replaceAll("&lt;");
    }
}
