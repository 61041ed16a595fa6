package org.greentrain.cli.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greentrain.cli.common.Json;
import org.greentrain.study.reduction.CellStats;
import org.greentrain.study.reduction.Correlation;
import org.greentrain.study.reduction.Highlights;
import org.greentrain.study.reduction.ReductionReport;
import org.greentrain.study.reduction.ReductionResult;
import org.greentrain.study.reduction.ReductionRun;
import org.greentrain.study.reduction.Spread;
import org.greentrain.study.stats.Spearman;

/**
 * The {@code --json} result of {@code greentrain study reduction}: the study, its design, what this command ran, the
 * energy's provenance, the full-data baseline and the medians per (method, fraction) with their savings, Spearman's
 * ρ per fraction, the highlights, the environments and every run. Undefined numbers and an infinite ε (a class
 * lost) are null, as in every command's JSON ({@link Json}).
 */
final class ReductionJson {

    private ReductionJson() {
    }

    static ObjectNode toJson(ReductionResult r) {
        ObjectNode root = Json.object();
        root.put("study", r.study());
        root.put("storage", r.storage());
        root.put("trainRows", r.trainRows());
        root.put("testRows", r.testRows());
        ObjectNode design = root.putObject("design");
        r.design().settings().forEach(design::put);
        root.put("runsTotal", r.design().totalRuns());
        root.put("runsFinished", r.runs().size());
        root.put("runsAlreadyDone", r.alreadyDone());
        root.put("runsRunNow", r.ranNow());
        ArrayNode failed = root.putArray("failedNow");
        r.failedNow().forEach(failed::add);
        ObjectNode energy = root.putObject("energy");
        ArrayNode provenances = energy.putArray("provenances");
        r.statistics().provenances().forEach(provenances::add);
        energy.put("meter", r.design().meter());
        energy.put("comparableWithPaper", r.design().paperConstantPower());
        energy.put("note", ReductionReport.energyNote(r));
        if (r.statistics().baseline() != null) {
            root.set("baseline", cell(r.statistics().baseline()));
        }
        ArrayNode cells = root.putArray("cells");
        r.statistics().cells().forEach(c -> cells.add(cell(c)));
        ArrayNode pareto = root.putArray("paretoFront");
        r.statistics().paretoFront().forEach(c -> pareto.add(c.label()));
        ArrayNode correlations = root.putArray("correlations");
        r.statistics().correlations().forEach(c -> correlations.add(correlation(c)));
        ArrayNode highlights = root.putArray("highlights");
        Highlights.of(r).forEach(highlights::add);
        root.set("environments", Json.mapper().valueToTree(r.environments()));
        ArrayNode runs = root.putArray("runs");
        r.runs().forEach(run -> runs.add(run(run)));
        return root;
    }

    private static ObjectNode cell(CellStats c) {
        ObjectNode n = Json.object();
        n.put("method", c.method());
        n.put("keep", c.keep());
        n.put("runs", c.runs());
        n.set("accuracy", spread(c.accuracy()));
        n.set("macroF1", spread(c.macroF1()));
        n.put("macroPrecision", c.macroPrecision());
        n.put("macroRecall", c.macroRecall());
        n.put("epsilon", c.epsilon());
        n.set("energyJoules", spread(c.joules()));
        n.put("durationSeconds", c.seconds());
        n.put("reductionJoules", c.reduceJoules());
        n.put("reductionSeconds", c.reduceSeconds());
        n.put("rowsTrainedOn", c.keptRows());
        if (!c.isBaseline()) {
            n.put("energyRatio", c.energyRatio());
            n.put("energySaving", c.energySaving());
            n.put("accuracyRatio", c.accuracyRatio());
            n.put("macroF1Ratio", c.macroF1Ratio());
        }
        return n;
    }

    private static ObjectNode spread(Spread s) {
        ObjectNode n = Json.object();
        n.put("median", s.median());
        n.put("min", s.min());
        n.put("max", s.max());
        n.put("q1", s.q1());
        n.put("q3", s.q3());
        return n;
    }

    private static ObjectNode correlation(Correlation c) {
        ObjectNode n = Json.object();
        n.put("keep", c.keep());
        n.set("epsilonAccuracy", spearman(c.epsilonAccuracy()));
        n.set("epsilonMacroF1", spearman(c.epsilonMacroF1()));
        if (c.note() != null) {
            n.put("note", c.note());
        }
        return n;
    }

    private static ObjectNode spearman(Spearman s) {
        if (s == null) {
            return null;
        }
        ObjectNode n = Json.object();
        n.put("rho", s.rho());
        n.put("pValue", s.pValue());
        n.put("n", s.n());
        return n;
    }

    private static ObjectNode run(ReductionRun r) {
        ObjectNode n = Json.object();
        n.put("trial", r.trial());
        n.put("repeat", r.iteration() + 1);
        n.put("method", r.method());
        n.put("keep", r.keep());
        n.put("accuracy", r.accuracy());
        n.put("macroPrecision", r.macroPrecision());
        n.put("macroRecall", r.macroRecall());
        n.put("macroF1", r.macroF1());
        n.put("epsilon", r.epsilon());
        ArrayNode perClass = n.putArray("epsilonPerClass");
        for (double e : r.epsilonPerClass()) {
            perClass.add(e);
        }
        n.put("trainRows", r.trainRows());
        n.put("rowsTrainedOn", r.keptRows());
        n.put("reductionSeconds", r.reduceSeconds());
        n.put("reductionJoules", r.reduceJoules());
        n.put("trainingSeconds", r.trainSeconds());
        n.put("trainingJoules", r.trainJoules());
        n.put("durationSeconds", r.seconds());
        n.put("energyJoules", r.joules());
        n.put("energyLowerJoules", r.lowerJoules());
        n.put("energyUpperJoules", r.upperJoules());
        n.put("co2eGrams", r.co2eGrams());
        n.put("provenance", r.provenance());
        n.put("processShare", r.processShare());
        ArrayNode notes = n.putArray("notes");
        r.notes().forEach(notes::add);
        return n;
    }
}
