package org.greentrain.cli.reduce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.metric.EpsilonResult;

/**
 * What {@code greentrain epsilon} prints: ε overall and per class with the rows of each file per class. The JSON holds
 * {@code epsilon}, {@code perClass} (by class name), {@code missingClasses}, {@code norm}, {@code scaling}, the row
 * counts and {@code durationSeconds}; an infinite ε (a class with no reduced row) is {@code null}.
 *
 * @param full     the full data as loaded
 * @param reduced  the reduced data as loaded
 * @param result   ε
 * @param scaling  how both were scaled first
 * @param seconds  wall time of the ε computation
 */
record EpsilonReport(Dataset full, Dataset reduced, EpsilonResult result, String scaling, double seconds) {

    String text() {
        List<String> classes = full.classNames();
        int[] before = full.classCounts();
        int[] kept = reduced.classCounts();
        double[] eps = result.perClass();
        TextTable table = new TextTable("class", " full rows", " reduced rows",
                " epsilon (" + result.norm().id() + ")");
        for (int c = 0; c < classes.size(); c++) {
            table.row(classes.get(c), before[c], kept[c], ReduceText.epsilon(eps[c]));
        }
        table.row("all", full.rows(), reduced.rows(), ReduceText.epsilon(result.epsilon()));
        return String.format(Locale.ROOT, "epsilon of %s against %s (scaling %s, computed in %s)%n%n", reduced.name(),
                full.name(), scaling, Units.seconds(seconds)) + table.render();
    }

    ObjectNode toJson() {
        List<String> classes = full.classNames();
        ObjectNode node = Json.object();
        node.put("epsilon", result.epsilon());
        ObjectNode perClass = node.putObject("perClass");
        double[] eps = result.perClass();
        for (int c = 0; c < classes.size(); c++) {
            perClass.put(classes.get(c), eps[c]);
        }
        ArrayNode missing = node.putArray("missingClasses");
        for (int c : result.missingClasses()) {
            missing.add(classes.get(c));
        }
        node.put("norm", result.norm().id());
        node.put("scaling", scaling);
        node.put("fullRows", full.rows());
        node.put("reducedRows", reduced.rows());
        ObjectNode fullCounts = node.putObject("fullClassCounts");
        ObjectNode reducedCounts = node.putObject("reducedClassCounts");
        int[] before = full.classCounts();
        int[] kept = reduced.classCounts();
        for (int c = 0; c < classes.size(); c++) {
            fullCounts.put(classes.get(c), before[c]);
            reducedCounts.put(classes.get(c), kept[c]);
        }
        node.put("durationSeconds", seconds);
        return node;
    }
}
