package org.greentrain.cli.energy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import org.greentrain.cli.common.Json;
import org.greentrain.energy.ComponentEnergy;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;

/** The JSON form of a {@link Measurement} and a {@link RunEnvironment}, shared by every command that reports energy. */
public final class MeasurementJson {

    private MeasurementJson() {
    }

    /** The measurement's figures, components and nested phases. */
    public static ObjectNode toJson(Measurement m) {
        ObjectNode node = Json.object();
        node.put("label", m.label());
        node.put("startedAt", m.startedAt().toString());
        node.put("durationSeconds", m.durationSeconds());
        node.put("energyJoules", m.energyJoules());
        node.put("energyLowerJoules", m.energyLowerJoules());
        node.put("energyUpperJoules", m.energyUpperJoules());
        node.put("meanPowerWatts", m.meanPowerWatts());
        node.put("co2eGrams", m.co2eGrams());
        node.put("provenance", m.provenanceSummary());
        node.put("fullyMeasured", m.fullyMeasured());
        ObjectNode carbon = node.putObject("carbon");
        carbon.put("gramsPerKwh", m.carbon().gramsPerKwh());
        carbon.put("country", m.carbon().country());
        carbon.put("source", m.carbon().intensitySource());
        carbon.put("pue", m.carbon().pue());
        ArrayNode components = node.putArray("components");
        for (ComponentEnergy c : m.components()) {
            ObjectNode cn = components.addObject();
            cn.put("name", c.name());
            cn.put("energyJoules", c.energyJoules());
            cn.put("provenance", c.provenance().id());
            cn.put("hardwareCounter", c.provenance().isHardwareCounter());
            cn.put("inTotal", c.inTotal());
            ObjectNode u = cn.putObject("uncertainty");
            u.put("lowerJoules", c.lowerJoules());
            u.put("upperJoules", c.upperJoules());
            u.put("lowerRelative", c.uncertainty().lowerRelative());
            u.put("upperRelative", c.uncertainty().upperRelative());
            u.put("basis", c.uncertainty().basis());
            if (!c.partsJoules().isEmpty()) {
                ObjectNode parts = cn.putObject("parts");
                c.partsJoules().forEach(parts::put);
            }
        }
        node.put("processCpuSeconds", m.processCpuSeconds());
        node.put("machineCpuSeconds", m.machineCpuSeconds());
        if (!m.phases().isEmpty()) {
            ArrayNode phases = node.putArray("phases");
            m.phases().forEach(p -> phases.add(toJson(p)));
        }
        return node;
    }

    /** The environment a run happened on, one field per record component. */
    public static ObjectNode toJson(RunEnvironment env) {
        ObjectNode node = Json.object();
        node.put("cpuModel", env.cpuModel());
        node.put("logicalCpus", env.logicalCpus());
        node.put("memoryGigabytes", env.memoryGigabytes());
        node.put("os", env.os());
        node.put("jvm", env.jvm());
        node.put("greentrainVersion", env.greentrainVersion());
        node.put("gitCommit", env.gitCommit());
        ArrayNode sources = node.putArray("meterSources");
        env.meterSources().forEach(sources::add);
        node.put("carbonGramsPerKwh", env.carbonGramsPerKwh());
        node.put("carbonCountry", env.carbonCountry());
        node.put("carbonSource", env.carbonSource());
        ObjectNode libraries = node.putObject("libraries");
        new TreeMap<>(env.libraries()).forEach(libraries::put);
        return node;
    }
}
