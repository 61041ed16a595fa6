package org.greentrain.cli.predict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.energy.MeasurementJson;
import org.greentrain.energy.Measurement;
import org.greentrain.train.io.ClassProbabilities;
import org.greentrain.train.io.ResultJson;
import org.greentrain.train.metrics.ClassificationReport;

/**
 * The {@code --json} form of a prediction run: the headline figures first (rows, accuracy and macro-F1 when labelled,
 * time, energy with its band and provenance, joules per 1,000 predictions, carbon), then the evaluation in the form
 * {@code train} reports its test metrics (per-class figures and confusion matrix), the predictions unless they went to
 * a file, the measurement with its phases, and the environment.
 */
final class PredictionJson {

    private PredictionJson() {
    }

    static ObjectNode toJson(PredictionRun run) {
        PredictionInput input = run.input();
        ClassificationReport evaluation = run.evaluation();
        Measurement m = run.measurement();
        Measurement inference = run.inference();
        ObjectNode node = Json.object();
        node.put("model", run.model().toString());
        node.put("spec", run.spec());
        node.put("dataset", input.name());
        node.put("rows", input.rows());
        node.put("labelColumn", input.labelColumn());
        if (evaluation == null) {
            node.putNull("accuracy");
            node.putNull("macroF1");
        } else {
            node.put("accuracy", evaluation.accuracy());
            node.put("macroF1", evaluation.macroF1());
        }
        node.put("durationSeconds", m.durationSeconds());
        node.put("energyJoules", m.energyJoules());
        node.put("energyLowerJoules", m.energyLowerJoules());
        node.put("energyUpperJoules", m.energyUpperJoules());
        node.put("co2eGrams", m.co2eGrams());
        node.put("provenance", m.provenanceSummary());
        node.put("inferenceSeconds", inference.durationSeconds());
        node.put("inferenceJoules", inference.energyJoules());
        node.put("joulesPer1000Predictions", run.joulesPerThousand());
        node.put("parameters", run.parameters());
        node.put("scaling", run.scaling());
        node.put("threads", run.threads());
        node.put("out", run.out() == null ? null : run.out().toString());
        ArrayNode classes = node.putArray("classNames");
        run.classNames().forEach(classes::add);
        node.set("evaluation", evaluation == null ? null : ResultJson.mapper().valueToTree(evaluation));
        if (run.out() == null) {
            node.set("predictions", predictions(run));
        }
        node.set("measurement", MeasurementJson.toJson(m));
        node.set("environment", MeasurementJson.toJson(run.environment()));
        return node;
    }

    /** One object per row: its index, the predicted class, and the probability of each class by name. */
    private static ArrayNode predictions(PredictionRun run) {
        ArrayNode rows = Json.array();
        ClassProbabilities p = run.predictions();
        List<String> classes = run.classNames();
        for (int r = 0; r < p.rows(); r++) {
            ObjectNode row = rows.addObject();
            row.put("index", run.input().rowIds()[r]);
            row.put("predicted", classes.get(p.predicted(r)));
            ObjectNode probabilities = row.putObject("probabilities");
            for (int c = 0; c < classes.size(); c++) {
                probabilities.put(classes.get(c), p.probability(r, c));
            }
        }
        return rows;
    }
}
