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
        node.put("bestAccuracy", a.bestAccuracy());
        node.put("target", a.target());
        ArrayNode strategies = node.putArray("strategies");
        for (StrategySummary s : a.summaries()) {
            ObjectNode o = strategies.addObject();
            o.put("strategy", s.strategy().id());
            o.put("description", s.strategy().description());
            o.put("searches", s.searches());
            o.put("bestAccuracy", s.bestAccuracy());
            o.put("medianFinalBest", s.medianFinalBest());
            o.put("medianOptimumRound", s.medianOptimumRound());
            o.put("medianJoulesToOptimum", s.medianJoulesToOptimum());
            o.put("reachedTarget", s.reachedTarget());
            o.put("medianRoundsToTarget", s.medianRoundsToTarget());
            o.put("medianJoulesToTarget", s.medianJoulesToTarget());
            o.put("lowerJoulesToTarget", s.lowerJoulesToTarget());
            o.set("perRound", energy(s.perRound()));
            o.set("perQuietRound", energy(s.perQuietRound()));
            o.put("medianTotalJoules", s.medianTotalJoules());
            o.put("prunedRounds", s.prunedRounds());
        }
        ArrayNode savings = node.putArray("savings");
        for (Saving s : a.savings()) {
            ObjectNode o = savings.addObject();
            o.put("strategy", s.strategy().id());
            o.put("baseline", s.baseline().id());
            o.put("percent", s.percent());
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
        o.put("finalBest", t.finalBest());
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
            x.put("accuracy", r.accuracy());
            x.put("bestSoFar", r.bestSoFar());
            x.put("energyJoules", r.energyJoules());
            x.put("cumulativeJoules", r.cumulativeJoules());
            x.put("repeatsRun", r.repeatsRun());
            x.put("divergedRepeats", r.diverged());
            x.put("provenance", r.provenance());
            x.put("cpuSeconds", r.cpuSeconds());
            x.put("processShare", r.processShare());
        }
        return o;
    }

    /** The energy of a set of rounds: count, mean joules and CV. */
    private static ObjectNode energy(RoundEnergy e) {
        ObjectNode o = Json.object();
        o.put("rounds", e.rounds());
        o.put("meanJoules", e.meanJoules());
        o.put("cv", e.cv());
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
}
