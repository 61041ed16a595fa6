package org.greentrain.study.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a study report shows, independent of how it is rendered: a title, the headline findings, sections of
 * charts and tables, and the environment the study ran on. Study runners build one; {@link HtmlReport} renders it.
 *
 * @param title       the page title
 * @param subtitle    one line under the title, e.g. the study name and when it ran
 * @param highlights  the headline findings, one sentence each
 * @param sections    the body
 * @param environment machine and software the study ran on, as label to value
 */
public record Report(String title, String subtitle, List<String> highlights, List<Section> sections,
                     Map<String, String> environment) {

    public Report {
        highlights = List.copyOf(highlights);
        sections = List.copyOf(sections);
        environment = Map.copyOf(environment);
    }

    /** One part of the report. */
    public record Section(String id, String title, List<String> paragraphs, List<Chart> charts, List<Table> tables) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
        }
    }

    /**
     * A chart: numeric x-y series (points, lines, steps, bands) or bars over categories.
     *
     * @param id         unique id in the page
     * @param title      caption
     * @param x          the x axis
     * @param y          the y axis
     * @param categories bar categories; empty for x-y charts
     * @param series     the data
     */
    public record Chart(String id, String title, Axis x, Axis y, List<String> categories, List<Series> series) {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }

        /** True for a bar chart over categories. */
        public boolean isBar() {
            return !categories.isEmpty();
        }
    }

    /**
     * An axis.
     *
     * @param label    label with unit, e.g. "energy (J)"
     * @param log      logarithmic scale
     * @param reversed values decrease along the axis (the tuning paper draws energy this way)
     */
    public record Axis(String label, boolean log, boolean reversed) {
        public static Axis linear(String label) {
            return new Axis(label, false, false);
        }
    }

    /** How a series is drawn. */
    public enum Style { POINTS, LINE, STEP, BAND, BAR }

    /**
     * One series. For {@link Style#BAND}, {@code y} is the lower edge and {@code upper} the upper edge; for bars,
     * {@code x} is ignored and {@code y} follows the chart's categories. A series named {@code X (...)} is drawn in the
     * colour of series {@code X}, so that a band and its median line, say {@code SRS (min-max)} and {@code SRS},
     * match.
     *
     * @param name  legend label
     * @param style how it is drawn
     * @param x     x values
     * @param y     y values (lower edge for a band)
     * @param upper upper edge of a band, else empty
     */
    public record Series(String name, Style style, double[] x, double[] y, double[] upper) {
        public Series {
            if (style != Style.BAR && x.length != y.length) {
                throw new IllegalArgumentException("series " + name + " has " + x.length + " x and " + y.length
                        + " y values");
            }
            if (style == Style.BAND && upper.length != y.length) {
                throw new IllegalArgumentException("band " + name + " needs an upper edge for every point");
            }
        }

        public static Series of(String name, Style style, double[] x, double[] y) {
            return new Series(name, style, x, y, new double[0]);
        }

        public static Series band(String name, double[] x, double[] lower, double[] upper) {
            return new Series(name, Style.BAND, x, lower, upper);
        }

        public static Series bars(String name, double[] values) {
            return new Series(name, Style.BAR, new double[0], values, new double[0]);
        }
    }

    /** A table with a header row; cells are already formatted. */
    public record Table(String id, String title, List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
