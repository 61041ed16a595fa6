package org.greentrain.study.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link Report} as one self-contained HTML file: styles, Chart.js and the report's data are inlined, so the
 * page works offline and can be mailed around. The data is also embedded as JSON, from which the page offers CSV and
 * JSON downloads of every table and chart.
 */
public final class HtmlReport {

    private static final String TEMPLATE = "/org/greentrain/study/report/report.html.mustache";
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/%s/dist/chart.umd.min.js";
    private static final String CHART_JS_VERSION = "4.5.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReport() {
    }

    /** The page as a string. */
    public static String render(Report report) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", report.title());
        model.put("subtitle", report.subtitle());
        model.put("highlights", report.highlights());
        model.put("sections", report.sections());
        model.put("environment", report.environment().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Map.of("key", e.getKey(), "value", e.getValue())).toList());
        model.put("reportJson", json(report).replace("<", "\\u003c"));
        model.put("chartJs", scriptSafe(resource(String.format(CHART_JS, CHART_JS_VERSION))));
        return template().execute(model);
    }

    /** Writes the page to {@code out} atomically: a temporary file beside it is moved into place. */
    public static void write(Report report, Path out) throws IOException {
        ReportFormat.HTML.write(report, out);
    }

    /** The report's data as JSON, as the page's JSON export offers it. */
    public static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the report: " + e.getMessage(), e);
        }
    }

    /** Script text must not close its element; inside JavaScript, {@code <\/} means the same as {@code </}. */
    private static String scriptSafe(String text) {
        return text.replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private static Template template() {
        try (Reader r = new InputStreamReader(Objects.requireNonNull(HtmlReport.class.getResourceAsStream(TEMPLATE),
                TEMPLATE), StandardCharsets.UTF_8)) {
            return Mustache.compiler().defaultValue("").compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (is the chart.js webjar on the classpath?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
