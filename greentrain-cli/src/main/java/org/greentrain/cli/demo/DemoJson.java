package org.greentrain.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.greentrain.cli.common.Json;
import org.greentrain.study.demo.DemoResult;
import org.greentrain.study.demo.DemoStudies;
import org.greentrain.study.demo.DemoSummary;
import org.greentrain.study.demo.EnergyTotal;
import org.greentrain.study.reduction.CellStats;
import org.greentrain.study.tuning.Saving;
import org.greentrain.study.tuning.StrategySummary;

/**
 * {@code greentrain demo --json}: the report's path, the three summary sentences, the figures behind them and what
 * was reused or trained. A figure that does not exist (nothing finished, no strategy reached the target) is null.
 */
final class DemoJson {

    private DemoJson() {
    }

    static ObjectNode toJson(DemoResult result, DemoSummary summary, Path report) {
        ObjectNode o = Json.object();
        o.put("report", report.toString());
        o.put("storage", result.storage());
        ObjectNode studies = o.putObject("studies");
        studies.put("reduction", DemoStudies.REDUCTION_STUDY);
        studies.put("tuning", DemoStudies.TUNING_STUDY);
        o.put("complete", result.complete());
        o.put("finished", result.finished());
        o.put("total", result.design().totalWork());
        o.put("reused", result.reused());
        o.put("trainedNow", result.trainedNow());
        ArrayNode lines = o.putArray("summary");
        summary.lines().forEach(lines::add);
        o.set("bestReduction", reduction(summary));
        o.set("bestStrategy", strategy(summary));
        o.set("energy", energy(summary.energy()));
        ArrayNode failures = o.putArray("failures");
        result.failures().forEach(failures::add);
        return o;
    }

    private static ObjectNode reduction(DemoSummary s) {
        CellStats c = s.bestReduction();
        if (c == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("method", c.method());
        o.put("keep", c.keep());
        o.put("accuracy", c.accuracy().median());
        o.put("fullDataAccuracy", s.fullData().accuracy().median());
        o.put("joules", c.joules().median());
        o.put("fullDataJoules", s.fullData().joules().median());
        o.put("energySaving", c.energySaving());
        o.put("repeats", c.runs());
        return o;
    }

    private static ObjectNode strategy(DemoSummary s) {
        StrategySummary w = s.bestStrategy();
        if (w == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("strategy", w.strategy().id());
        o.put("targetAccuracy", s.target());
        o.put("roundsToTarget", w.medianRoundsToTarget());
        o.put("joulesToTarget", w.medianJoulesToTarget());
        ArrayNode savings = o.putArray("savings");
        for (Saving v : s.savings()) {
            ObjectNode x = savings.addObject();
            x.put("against", v.baseline().id());
            x.put("percent", v.percent());
            x.put("atLeast", v.atLeast());
        }
        return o;
    }

    private static ObjectNode energy(EnergyTotal e) {
        ObjectNode o = Json.object();
        o.put("runs", e.runs());
        o.put("joules", e.joules());
        o.put("lowerJoules", e.lowerJoules());
        o.put("upperJoules", e.upperJoules());
        o.put("seconds", e.seconds());
        if (e.withoutCarbon() == e.runs() && e.runs() > 0) {
            o.putNull("co2eGrams");
        } else {
            o.put("co2eGrams", e.co2eGrams());
        }
        o.put("runsWithoutCarbon", e.withoutCarbon());
        ArrayNode p = o.putArray("provenances");
        e.provenances().forEach(p::add);
        return o;
    }
}
