package org.greentrain.cli.reduce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeMap;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.energy.MeasurementJson;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.reduce.metric.EpsilonResult;

/**
 * The {@code --json} form of {@code greentrain reduce}. One reduction: its object (below) with the data's name, the
 * scaling and the environment. Several: {@code dataset}, {@code rows}, {@code scaling}, {@code norm}, {@code runs} (one
 * object each) and {@code environment}. A run's object: {@code method}, {@code params}, {@code keepFraction},
 * {@code seed}, {@code n}, {@code synthetic}, {@code perClassCounts} (by class name), {@code epsilon},
 * {@code perClassEpsilon}, {@code missingClasses}, {@code norm}, {@code durationSeconds}, {@code energyJoules} with
 * its band, {@code co2eGrams}, {@code provenance}, {@code epsilonSeconds}, {@code notes}, {@code output} and the full
 * {@code measurement}. An ε of a class with no row kept is {@code null} (infinite), and so is the overall ε; the class
 * is listed in {@code missingClasses}.
 */
final class ReduceJson {

    private ReduceJson() {
    }

    static ObjectNode toJson(ReduceInput input, List<ReductionRun> runs, RunEnvironment environment) {
        ObjectNode node = Json.object();
        head(node, input);
        if (runs.size() == 1) {
            node.setAll(run(input, runs.get(0)));
        } else {
            ArrayNode array = node.putArray("runs");
            runs.forEach(r -> array.add(run(input, r)));
        }
        node.set("environment", MeasurementJson.toJson(environment));
        return node;
    }

    private static void head(ObjectNode node, ReduceInput input) {
        node.put("dataset", input.name());
        node.put("rows", input.working().rows());
        node.put("scaling", input.scaling());
        ObjectNode counts = node.putObject("inputClassCounts");
        int[] before = input.working().classCounts();
        for (int c = 0; c < before.length; c++) {
            counts.put(input.working().classNames().get(c), before[c]);
        }
    }

    private static ObjectNode run(ReduceInput input, ReductionRun run) {
        List<String> classes = input.working().classNames();
        ObjectNode node = Json.object();
        node.put("method", run.method());
        ObjectNode params = node.putObject("params");
        new TreeMap<>(run.params()).forEach(params::put);
        node.put("keepFraction", run.keepFraction());
        node.put("seed", run.seed());
        node.put("n", run.size());
        node.put("synthetic", run.synthetic());
        ObjectNode counts = node.putObject("perClassCounts");
        int[] kept = run.classCounts();
        for (int c = 0; c < kept.length; c++) {
            counts.put(classes.get(c), kept[c]);
        }
        EpsilonResult eps = run.epsilon();
        node.put("epsilon", eps.epsilon());
        ObjectNode perClass = node.putObject("perClassEpsilon");
        double[] values = eps.perClass();
        for (int c = 0; c < values.length; c++) {
            perClass.put(classes.get(c), values[c]);
        }
        ArrayNode missing = node.putArray("missingClasses");
        for (int c : eps.missingClasses()) {
            missing.add(classes.get(c));
        }
        node.put("norm", eps.norm().id());
        Measurement m = run.measurement();
        node.put("durationSeconds", m.durationSeconds());
        node.put("energyJoules", m.energyJoules());
        node.put("energyLowerJoules", m.energyLowerJoules());
        node.put("energyUpperJoules", m.energyUpperJoules());
        node.put("co2eGrams", m.co2eGrams());
        node.put("provenance", m.provenanceSummary());
        node.put("epsilonSeconds", run.epsilonSeconds());
        ArrayNode notes = node.putArray("notes");
        run.notes().forEach(notes::add);
        node.put("output", run.output() == null ? null : run.output().toString());
        node.set("measurement", MeasurementJson.toJson(m));
        return node;
    }
}
