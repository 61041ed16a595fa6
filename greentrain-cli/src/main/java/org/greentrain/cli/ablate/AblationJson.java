package org.greentrain.cli.ablate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.energy.MeasurementJson;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.factorial.AblationDesign;
import org.greentrain.study.factorial.AblationResult;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.HyperparameterSet;
import org.greentrain.study.stats.BootstrapInterval;
import org.greentrain.study.stats.CellSummary;
import org.greentrain.study.stats.EnergyCluster;
import org.greentrain.study.stats.FactorEffect;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.study.stats.KruskalWallis;

/**
 * The {@code --json} form of an ablation: the design, run counts, energy provenance, {@code factors[]} (Kruskal-Wallis,
 * η², magnitude, mean increase per level), {@code cells[]}, {@code clusters[]} (Table V), {@code runs[]} and the
 * environment. {@code factors}, {@code cells} and {@code clusters} are empty, with {@code statisticsNote} saying why,
 * while the finished runs do not allow statistics.
 */
final class AblationJson {

    /** What the energy of a run covers. */
    static final String ENERGY_SCOPE = "training loop (every epoch) of each run; model set-up and the final test "
            + "evaluation excluded, as in the tuning paper";

    private AblationJson() {
    }

    static ObjectNode toJson(AblationResult r, int testRows, RunEnvironment environment) {
        AblationDesign d = r.design();
        ObjectNode node = Json.object();
        node.put("study", r.study());
        node.put("storage", r.storage());
        ObjectNode design = node.putObject("design");
        d.settings().forEach(design::put);
        design.put("cells", d.models().cells().size());
        node.put("trainRows", r.trainRows());
        node.put("testRows", testRows);
        node.put("runsTotal", d.totalRuns());
        node.put("runsDone", r.runs().size());
        node.put("runsAlreadyDone", r.alreadyDone());
        node.put("runsRunNow", r.ranNow());
        node.put("runsDiscardedContended", r.contended());
        ArrayNode failed = node.putArray("runsFailedNow");
        r.failedNow().forEach(failed::add);
        ObjectNode energy = node.putObject("energy");
        ArrayNode provenances = energy.putArray("provenances");
        r.provenances().forEach(provenances::add);
        energy.put("scope", ENERGY_SCOPE);
        ArrayNode sets = node.putArray("hyperparameterSets");
        for (HyperparameterSet set : r.sets()) {
            ObjectNode s = sets.addObject();
            s.put("index", set.index());
            set.params().asMap().forEach((k, v) -> s.put(k, ((Number) v).doubleValue()));
            s.put("optimizer", set.optimizer().canonical());
        }
        statistics(node, r);
        ArrayNode runs = node.putArray("runs");
        r.runs().forEach(run -> runs.add(run(run)));
        node.set("environment", MeasurementJson.toJson(environment));
        return node;
    }

    private static void statistics(ObjectNode node, AblationResult r) {
        ArrayNode factors = node.putArray("factors");
        ArrayNode cells = node.putArray("cells");
        ArrayNode clusters = node.putArray("clusters");
        FactorialAnalysis a = r.analysis();
        if (a == null) {
            node.put("statisticsNote", r.analysisNote());
            return;
        }
        node.putNull("statisticsNote");
        a.effects().forEach(e -> factors.add(factor(e)));
        Map<String, CellRuns> extra = CellRuns.byCell(r.runs());
        a.cells().forEach(c -> cells.add(cell(c, extra.get(c.cell()))));
        a.clusters().forEach(c -> clusters.add(cluster(c)));
    }

    private static ObjectNode factor(FactorEffect e) {
        ObjectNode f = Json.object();
        f.put("factor", e.factor());
        ArrayNode levels = f.putArray("levels");
        e.levels().forEach(levels::add);
        f.put("baseline", e.levels().get(0));
        KruskalWallis kw = e.test();
        ObjectNode test = f.putObject("kruskalWallis");
        test.put("h", kw.h());
        test.put("df", kw.df());
        test.put("pValue", kw.pValue());
        test.put("n", kw.n());
        test.put("groups", kw.groups());
        test.put("etaSquared", kw.etaSquared());
        test.put("magnitude", kw.magnitude().name().toLowerCase(Locale.ROOT));
        ArrayNode increase = f.putArray("meanEnergyIncrease");
        for (int l = 0; l < e.levels().size(); l++) {
            ObjectNode i = increase.addObject();
            i.put("level", e.levels().get(l));
            i.put("increase", e.meanIncrease()[l]);
        }
        return f;
    }

    private static ObjectNode cell(CellSummary c, CellRuns x) {
        ObjectNode n = Json.object();
        n.put("cell", c.cell());
        n.put("runs", c.runs());
        n.put("parameterCount", x.parameterCount());
        n.put("meanEnergyJoules", c.meanEnergyJoules());
        n.set("medianEnergyJoules", interval(c.medianEnergy()));
        n.put("energyCv", c.energyCv());
        n.put("meanAccuracy", c.meanAccuracy());
        n.put("maxAccuracy", c.maxAccuracy());
        n.set("medianAccuracy", interval(c.medianAccuracy()));
        n.put("meanMacroF1", x.meanMacroF1());
        n.put("meanSeconds", x.meanSeconds());
        n.put("minProcessShare", x.minProcessShare());
        return n;
    }

    private static ObjectNode interval(BootstrapInterval b) {
        ObjectNode n = Json.object();
        n.put("median", b.median());
        n.put("lower", b.lower());
        n.put("upper", b.upper());
        n.put("confidence", b.confidence());
        n.put("resamples", b.resamples());
        return n;
    }

    private static ObjectNode cluster(EnergyCluster c) {
        ObjectNode n = Json.object();
        n.put("name", c.name());
        n.put("runs", c.runs());
        n.put("meanEnergyJoules", c.meanEnergyJoules());
        n.put("meanAccuracy", c.meanAccuracy());
        n.put("maxAccuracy", c.maxAccuracy());
        n.put("sdAccuracy", c.sdAccuracy());
        ObjectNode cells = n.putObject("cells");
        c.cells().forEach(cells::put);
        return n;
    }

    private static ObjectNode run(AblationRun run) {
        ObjectNode n = Json.object();
        n.put("trial", run.trial());
        n.put("cell", run.cell());
        ObjectNode levels = n.putObject("levels");
        run.levels().forEach(levels::put);
        n.put("hyper", run.hyper());
        n.put("repetition", run.repetition());
        n.put("optimizer", run.optimizer());
        n.put("energyJoules", run.energyJoules());
        n.put("energyLowerJoules", run.energyLowerJoules());
        n.put("energyUpperJoules", run.energyUpperJoules());
        n.put("energyProvenance", run.energyProvenance());
        n.put("seconds", run.seconds());
        n.put("accuracy", run.accuracy());
        n.put("macroF1", run.macroF1());
        n.put("parameterCount", run.parameterCount());
        n.put("processShare", run.processShare());
        return n;
    }
}
