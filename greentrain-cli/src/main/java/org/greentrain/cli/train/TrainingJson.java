package org.greentrain.cli.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.energy.MeasurementJson;
import org.greentrain.energy.Measurement;
import org.greentrain.train.io.ResultJson;
import org.greentrain.train.metrics.ClassificationReport;
import org.greentrain.train.trainer.TrainingResult;

/**
 * The {@code --json} form of a training run: the headline figures first (test accuracy, macro-F1, time, energy with
 * its band and provenance, carbon, parameters), then the library's full record (hyperparameters, per-epoch figures,
 * reduction, per-class metrics and confusion matrix), the measurement with its phases, and the environment.
 */
final class TrainingJson {

    /** Fields copied as they are from the library's record ({@link ResultJson}). */
    private static final List<String> RECORD_FIELDS = List.of("layers", "config", "dataPlan", "trainRows",
            "testRows", "classNames", "stopReason", "epochs", "test");

    private TrainingJson() {
    }

    static ObjectNode toJson(TrainingRun run) {
        TrainingResult r = run.result();
        ClassificationReport test = r.test();
        Measurement m = r.measurement();
        ObjectNode node = Json.object();
        node.put("model", r.spec());
        node.put("dataset", run.dataset());
        node.put("testAccuracy", test.accuracy());
        node.put("macroF1", test.macroF1());
        node.put("macroPrecision", test.macroPrecision());
        node.put("macroRecall", test.macroRecall());
        node.put("testLoss", test.loss());
        node.put("durationSeconds", m.durationSeconds());
        node.put("energyJoules", m.energyJoules());
        node.put("energyLowerJoules", m.energyLowerJoules());
        node.put("energyUpperJoules", m.energyUpperJoules());
        node.put("co2eGrams", m.co2eGrams());
        node.put("provenance", m.provenanceSummary());
        node.put("parameters", r.parameterCount());
        node.put("split", run.split());
        node.put("scaling", run.scaling());
        node.put("threads", run.threads());
        node.put("savedTo", run.savedTo() == null ? null : run.savedTo().toString());
        JsonNode record = ResultJson.mapper().valueToTree(r);
        RECORD_FIELDS.forEach(f -> node.set(f, record.get(f)));
        if (r.reduction() != null) {
            ObjectNode reduction = (ObjectNode) record.get("reduction");
            reduction.set("cost", MeasurementJson.toJson(r.reduction().cost()));
            node.set("reduction", reduction);
        } else {
            node.putNull("reduction");
        }
        node.set("measurement", MeasurementJson.toJson(m));
        node.set("environment", MeasurementJson.toJson(r.environment()));
        return node;
    }
}
