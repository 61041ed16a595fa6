package org.greentrain.cli.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.energy.MeasurementJson;
import org.greentrain.study.tuning.RoundEnergy;
import org.greentrain.study.tuning.RoundRecord;
import org.greentrain.study.tuning.Saving;
import org.greentrain.study.tuning.SearchTrace;
import org.greentrain.study.tuning.StrategySummary;
import org.greentrain.study.tuning.TuningAnalysis;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningResult;

/**
 * The {@code --json} result of {@code greentrain study tuning}: the study, design and data; the target; one object
 * per strategy (medians over searches), the savings, and every search with every round; the environments. Figures
 * that do not exist (a target never reached, no complete round yet) are null.
 */
final class TuningJson {

    private TuningJson() {
    }

    static ObjectNode toJson(TuningResult r) {
        TuningAnalysis a = r.analysis();
        TuningDesign d = a.design();
        ObjectNode node = Json.object();
        node.put("study", r.studyName());
        node.put("storage", r.storage());
        node.put("data", r.data());
        ObjectNode design = Json.mapper().valueToTree(d);
        ArrayNode ids = design.putArray("strategies");
        d.strategies().forEach(s -> ids.add(s.id()));
        node.set("design", design);
        node.put("totalRounds", d.totalRounds());
        node.put("alreadyDone", r.alreadyDone());
        node.put("ranNow", r.ranNow());
        node.put("complete", r.complete());
        if (r.failure().isPresent()) {
            node.put("failure", r.failure().get());
        } else {
            node.putNull("failure");
        }
        number(node, "bestAccuracy", a.bestAccuracy());
        number(node, "target", a.target());
        ArrayNode strategies = node.putArray("strategies");
        for (StrategySummary s : a.summaries()) {
            ObjectNode o = strategies.addObject();
            o.put("strategy", s.strategy().id());
            o.put("description", s.strategy().description());
            o.put("searches", s.searches());
            number(o, "bestAccuracy", s.bestAccuracy());
            number(o, "medianFinalBest", s.medianFinalBest());
            number(o, "medianOptimumRound", s.medianOptimumRound());
            number(o, "medianJoulesToOptimum", s.medianJoulesToOptimum());
            o.put("reachedTarget", s.reachedTarget());
            number(o, "medianRoundsToTarget", s.medianRoundsToTarget());
            number(o, "medianJoulesToTarget", s.medianJoulesToTarget());
            number(o, "lowerJoulesToTarget", s.lowerJoulesToTarget());
            o.set("perRound", energy(s.perRound()));
            o.set("perQuietRound", energy(s.perQuietRound()));
            number(o, "medianTotalJoules", s.medianTotalJoules());
            o.put("prunedRounds", s.prunedRounds());
        }
        ArrayNode savings = node.putArray("savings");
        for (Saving s : a.savings()) {
            ObjectNode o = savings.addObject();
            o.put("strategy", s.strategy().id());
            o.put("baseline", s.baseline().id());
            number(o, "percent", s.percent());
            o.put("lowerBound", s.atLeast());
        }
        ArrayNode searches = node.putArray("searches");
        for (SearchTrace t : a.traces()) {
            searches.add(search(t, a));
        }
        ArrayNode envs = node.putArray("environments");
        r.environments().forEach(e -> envs.add(MeasurementJson.toJson(e)));
        return node;
    }

    private static ObjectNode search(SearchTrace t, TuningAnalysis a) {
        ObjectNode o = Json.object();
        o.put("strategy", t.strategy().id());
        o.put("search", t.search());
        o.put("seed", t.seed());
        o.put("tuneStudy", t.studyName());
        number(o, "finalBest", t.finalBest());
        round(o, "optimumRound", t.optimumRound(a.design().optimumTolerance()), t);
        round(o, "targetRound", Double.isNaN(a.target()) ? OptionalInt.empty() : t.firstRoundReaching(a.target()), t);
        o.put("totalJoules", t.totalJoules());
        ArrayNode rounds = o.putArray("rounds");
        for (RoundRecord r : t.rounds()) {
            ObjectNode x = rounds.addObject();
            x.put("round", r.round());
            x.put("trial", r.trial());
            x.put("state", r.state().name());
            x.set("params", Json.mapper().valueToTree(r.params().asMap()));
            number(x, "accuracy", r.accuracy());
            number(x, "bestSoFar", r.bestSoFar());
            x.put("energyJoules", r.energyJoules());
            x.put("cumulativeJoules", r.cumulativeJoules());
            x.put("repeatsRun", r.repeatsRun());
            x.put("divergedRepeats", r.diverged());
            x.put("provenance", r.provenance());
            number(x, "cpuSeconds", r.cpuSeconds());
            number(x, "processShare", r.processShare());
        }
        return o;
    }

    /** The energy of a set of rounds: count, mean joules and CV. */
    private static ObjectNode energy(RoundEnergy e) {
        ObjectNode o = Json.object();
        o.put("rounds", e.rounds());
        number(o, "meanJoules", e.meanJoules());
        number(o, "cv", e.cv());
        return o;
    }

    /** The round and the joules spent through it, or nulls. */
    private static void round(ObjectNode o, String field, OptionalInt round, SearchTrace t) {
        if (round.isPresent()) {
            o.put(field, round.getAsInt());
            o.put(field.replace("Round", "Joules"), t.joulesThrough(round.getAsInt()));
        } else {
            o.putNull(field);
            o.putNull(field.replace("Round", "Joules"));
        }
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }
}
