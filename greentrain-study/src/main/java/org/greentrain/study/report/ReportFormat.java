package org.greentrain.study.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.function.Function;

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

    /** Writes the report to {@code out}: a temporary file beside it, readable by all, is moved into place. */
    public void write(Report report, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".report", ".tmp");
        try {
            Files.writeString(tmp, render(report), StandardCharsets.UTF_8);
            readableByAll(tmp);
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temporary file is private to its owner; a report is meant to be shared like any file the user writes. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's default permissions apply
        }
    }
}
