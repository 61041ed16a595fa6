package org.greentrain.cli.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.energy.MeasurementJson;
import org.greentrain.study.architecture.ArchitectureDesign;
import org.greentrain.study.architecture.ArchitectureReport;
import org.greentrain.study.architecture.ArchitectureResult;
import org.greentrain.study.architecture.ArchitectureSnapshot;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.HyperparameterSet;
import org.greentrain.study.stats.CellSummary;
import org.greentrain.study.stats.FactorEffect;
import org.greentrain.study.stats.FactorialAnalysis;

/**
 * The {@code --json} result of {@code greentrain study architecture}: the study, design and data; what this command
 * ran; the per-factor effects, per-cell summaries and Table V clusters (empty, with a {@code statisticsNote}, while the
 * runs do not allow statistics); the Pareto front; the cell profiles; every run; the environments and the highlights.
 */
final class ArchitectureJson {

    /** What the energy of a run covers. */
    static final String ENERGY_SCOPE = "training loop (every epoch) of each run; model set-up and the final test "
            + "evaluation excluded, as in the tuning paper";

    private ArchitectureJson() {
    }

    static ObjectNode toJson(ArchitectureResult r, String reportCommand) {
        ArchitectureSnapshot s = r.snapshot();
        ArchitectureDesign d = s.design();
        ObjectNode node = Json.object();
        node.put("study", s.study());
        node.put("storage", s.storage());
        node.put("data", r.data());
        ObjectNode design = Json.mapper().valueToTree(d);
        design.put("cells", d.ablation().models().cells().size());
        node.set("design", design);
        node.put("runsTotal", d.totalRuns());
        node.put("runsDone", s.runs().size());
        node.put("runsAlreadyDone", r.runsAlreadyDone());
        node.put("runsRunNow", r.runsRunNow());
        node.put("runsDiscardedContended", r.runsContended());
        ArrayNode failed = node.putArray("runsFailedNow");
        r.failedNow().forEach(failed::add);
        node.put("profiledNow", r.profiledNow());
        node.put("complete", s.complete());
        ObjectNode energy = node.putObject("energy");
        ArrayNode provenances = energy.putArray("provenances");
        s.provenances().forEach(provenances::add);
        energy.put("scope", ENERGY_SCOPE);
        statistics(node, s);
        ArrayNode front = node.putArray("paretoFront");
        s.paretoFront().forEach(run -> front.add(run.trial()));
        node.set("profiles", Json.mapper().valueToTree(s.profiles()));
        ArrayNode sets = node.putArray("hyperparameterSets");
        for (HyperparameterSet set : d.ablation().hyperparameterSets()) {
            ObjectNode o = sets.addObject();
            o.put("index", set.index());
            set.params().asMap().forEach((k, v) -> o.put(k, ((Number) v).doubleValue()));
            o.put("optimizer", set.optimizer().canonical());
        }
        node.set("runs", Json.mapper().valueToTree(s.runs()));
        ArrayNode envs = node.putArray("environments");
        s.environments().forEach(e -> envs.add(MeasurementJson.toJson(e)));
        ArrayNode highlights = node.putArray("highlights");
        ArchitectureReport.highlights(s).forEach(highlights::add);
        node.put("report", reportCommand);
        return node;
    }

    private static void statistics(ObjectNode node, ArchitectureSnapshot s) {
        ArrayNode factors = node.putArray("factors");
        ArrayNode cells = node.putArray("cells");
        ArrayNode clusters = node.putArray("clusters");
        FactorialAnalysis a = s.analysis();
        if (a == null) {
            node.put("statisticsNote", s.analysisNote());
            return;
        }
        node.putNull("statisticsNote");
        for (FactorEffect e : a.effects()) {
            ObjectNode f = Json.mapper().valueToTree(e);
            ((ObjectNode) f.get("test")).put("magnitude", e.test().magnitude().name().toLowerCase(Locale.ROOT));
            factors.add(f);
        }
        Map<String, Long> parameters = new HashMap<>();
        s.runs().forEach(run -> parameters.putIfAbsent(run.cell(), run.parameterCount()));
        List<AblationRun> front = s.paretoFront();
        for (CellSummary c : a.cells()) {
            ObjectNode o = Json.mapper().valueToTree(c);
            o.put("parameterCount", parameters.get(c.cell()));
            o.put("runsOnParetoFront", front.stream().filter(run -> run.cell().equals(c.cell())).count());
            cells.add(o);
        }
        a.clusters().forEach(c -> clusters.add(Json.mapper().<ObjectNode>valueToTree(c)));
    }
}
