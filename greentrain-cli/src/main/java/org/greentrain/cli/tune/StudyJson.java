package org.greentrain.cli.tune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.greentrain.cli.common.Json;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Intermediate;
import org.greentrain.tune.study.TrialEnergy;

/**
 * The JSON form of studies and trials. A trial has {@code number}, {@code state}, {@code params}, {@code value} (one
 * goal) or {@code values} (by goal name), {@code energyJoules} with band and provenance, and {@code failReason} when it
 * failed. A study adds its definition, {@code trials}, {@code best} (one goal) or {@code pareto} and
 * {@code hypervolume} (several), and {@code spentJoules}.
 */
public final class StudyJson {

    private StudyJson() {
    }

    /** The whole study. */
    public static ObjectNode study(StudyView view) {
        ObjectNode node = summary(view);
        ArrayNode trials = node.putArray("trials");
        view.trials().forEach(t -> trials.add(trial(t, view.goals())));
        if (view.multiObjective()) {
            ArrayNode pareto = node.putArray("pareto");
            view.front().forEach(t -> pareto.add(trial(t, view.goals())));
            if (view.hypervolume().isPresent()) {
                node.put("hypervolume", view.hypervolume().getAsDouble());
            }
        } else {
            node.set("best", view.best().<JsonNode>map(t -> trial(t, view.goals())).orElse(NullNode.getInstance()));
        }
        node.put("spentJoules", view.spentJoules());
        return node;
    }

    /** The study's definition and counts, without its trials. */
    public static ObjectNode summary(StudyView view) {
        ObjectNode node = Json.object();
        node.put("study", view.name());
        node.put("storage", view.storage());
        node.put("space", view.space());
        ArrayNode goals = node.putArray("goals");
        view.goals().forEach(g -> goals.add(g.canonical()));
        node.put("sampler", view.samplerDescription());
        if (view.attrs().containsKey(StudyView.OBJECTIVE_ATTR)) {
            node.put("objective", view.attrs().get(StudyView.OBJECTIVE_ATTR));
        }
        node.put("trialCount", view.trials().size());
        node.put("completeCount", view.trials().stream().filter(FrozenTrial::isComplete).count());
        return node;
    }

    /** One trial. */
    public static ObjectNode trial(FrozenTrial t, List<Goal> goals) {
        ObjectNode node = Json.object();
        node.put("number", t.number());
        node.put("state", t.state().name());
        node.set("params", params(t.params().asMap()));
        if (goals.size() == 1) {
            if (t.values().length == 1) {
                node.put("value", t.value(0));
            } else {
                node.putNull("value");
            }
        } else {
            ObjectNode values = node.putObject("values");
            for (int i = 0; i < goals.size(); i++) {
                if (i < t.values().length) {
                    values.put(goals.get(i).name(), t.value(i));
                }
            }
        }
        TrialEnergy e = t.energy();
        if (e == null) {
            node.putNull("energyJoules");
        } else {
            node.put("energyJoules", e.joules());
            node.put("energyLowerJoules", e.lowerJoules());
            node.put("energyUpperJoules", e.upperJoules());
            node.put("provenance", e.provenance());
            node.put("durationSeconds", e.durationSeconds());
            if (!Double.isNaN(e.co2eGrams())) {
                node.put("co2eGrams", e.co2eGrams());
            }
        }
        t.failReason().ifPresent(r -> node.put("failReason", r));
        if (!t.intermediates().isEmpty()) {
            ArrayNode steps = node.putArray("intermediates");
            for (Intermediate i : t.intermediates()) {
                ObjectNode s = steps.addObject();
                s.put("step", i.step());
                s.put("value", i.value());
                if (i.hasJoules()) {
                    s.put("joules", i.joules());
                }
            }
        }
        node.put("startedAt", t.startedAt().toString());
        if (t.completedAt() != null) {
            node.put("completedAt", t.completedAt().toString());
        }
        return node;
    }

    /** Parameters as a JSON object: numbers as numbers, categoricals as strings. */
    public static ObjectNode params(Map<String, Object> params) {
        ObjectNode node = Json.object();
        params.forEach((k, v) -> {
            if (v instanceof Double) {
                node.put(k, (Double) v);
            } else if (v instanceof Long) {
                node.put(k, (Long) v);
            } else {
                node.put(k, v.toString());
            }
        });
        return node;
    }
}
