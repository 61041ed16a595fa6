package org.greentrain.study.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.greentrain.data.io.AtomicFiles;

/**
 * The forms a {@link Report} can be written in. Either is written atomically, so an interrupted write never leaves a
 * half page where a good one was.
 */
public enum ReportFormat {

    /** One self-contained page with charts: {@link HtmlReport}. */
    HTML(HtmlReport::render),
    /** Text and tables for docs and pull requests: {@link MarkdownReport}. */
    MARKDOWN(MarkdownReport::render);

    private final Function<Report, String> renderer;

    ReportFormat(Function<Report, String> renderer) {
        this.renderer = renderer;
    }

    /** The format a file name asks for: Markdown for {@code .md}, HTML otherwise. */
    public static ReportFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : HTML;
    }

    /** The report in this format. */
    public String render(Report report) {
        return renderer.apply(report);
    }

    /**
     * Writes the report to {@code out} ({@link AtomicFiles}: never a half page). The directory must exist: a mistyped
     * path is refused rather than created.
     *
     * @throws org.greentrain.data.DataInputException when {@code out} is a directory, or its directory does not
     *                                                exist or refuses a new file
     */
    public void write(Report report, Path out) throws IOException {
        byte[] page = render(report).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, stream -> stream.write(page));
    }
}
