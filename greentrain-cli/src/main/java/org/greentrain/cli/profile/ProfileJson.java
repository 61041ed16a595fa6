package org.greentrain.cli.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.energy.MeasurementJson;
import org.greentrain.train.profile.LayerCost;
import org.greentrain.train.profile.LayerProfile;
import org.greentrain.train.profile.LayerTypeEnergy;
import org.greentrain.train.profile.ProfilerOverhead;
import org.greentrain.train.profile.UnmappedOperator;

/**
 * The JSON form of a {@link LayerProfile}: {@code layerTypes[]} with {@code type}, {@code phase}, {@code seconds},
 * {@code energyJoules}, {@code share} and {@code flops} (null where there is no analytic count), the
 * {@code totalEnergyJoules} they add up to, its provenance and attribution model, the profiler's overhead, the
 * operators no rule mapped, each layer's parameters and FLOPs, the interval's full measurement and the environment.
 */
final class ProfileJson {

    private ProfileJson() {
    }

    static ObjectNode toJson(LayerProfile p, String dataset, int warmup) {
        ObjectNode node = Json.object();
        node.put("model", p.spec());
        node.put("dataset", dataset);
        node.put("epochs", p.epochs());
        node.put("batchSize", p.batchSize());
        node.put("steps", p.steps());
        node.put("samples", p.samples());
        node.put("parameters", p.parameters());
        node.put("intraOpThreads", p.intraOpThreads());
        node.put("intervalSeconds", p.interval().durationSeconds());
        node.put("totalEnergyJoules", p.totalEnergyJoules());
        node.put("energyLowerJoules", p.interval().energyLowerJoules());
        node.put("energyUpperJoules", p.interval().energyUpperJoules());
        node.put("provenance", p.interval().provenanceSummary());
        node.put("attribution", p.attribution());
        ArrayNode rows = node.putArray("layerTypes");
        long flops = 0;
        for (LayerTypeEnergy r : p.layerTypes()) {
            ObjectNode row = rows.addObject();
            row.put("type", r.type().id());
            row.put("phase", r.pass().id());
            row.put("seconds", r.seconds());
            row.put("energyJoules", r.energyJoules());
            row.put("energyLowerJoules", r.energyLowerJoules());
            row.put("energyUpperJoules", r.energyUpperJoules());
            row.put("share", r.share());
            if (r.flops() == null) {
                row.putNull("flops");
            } else {
                row.put("flops", r.flops());
                flops += r.flops();
            }
        }
        node.put("totalFlops", flops);
        ArrayNode unmapped = node.putArray("unmappedOperators");
        for (UnmappedOperator u : p.unmapped()) {
            ObjectNode o = unmapped.addObject();
            o.put("name", u.name());
            o.put("phase", u.pass().id());
            o.put("calls", u.calls());
            o.put("seconds", u.seconds());
        }
        node.set("overhead", overhead(p.overhead(), warmup));
        ArrayNode layers = node.putArray("layers");
        for (LayerCost c : p.layers()) {
            ObjectNode l = layers.addObject();
            l.put("index", c.index());
            l.put("layer", c.layer().describe());
            l.put("type", c.type().id());
            l.put("parameters", c.parameters());
            l.put("forwardFlopsPerSample", c.forwardFlopsPerSample());
            l.put("backwardFlopsPerSample", c.backwardFlopsPerSample());
        }
        ObjectNode trace = node.putObject("trace");
        trace.put("events", p.breakdown().events());
        trace.put("threads", p.breakdown().threads());
        trace.put("operatorSeconds", p.breakdown().operatorSeconds());
        trace.put("markerSeconds", p.breakdown().markerSeconds());
        if (p.trace() == null) {
            trace.putNull("file");
        } else {
            trace.put("file", p.trace().toAbsolutePath().toString());
        }
        node.set("interval", MeasurementJson.toJson(p.interval()));
        node.set("environment", MeasurementJson.toJson(p.environment()));
        return node;
    }

    private static ObjectNode overhead(ProfilerOverhead o, int warmup) {
        ObjectNode node = Json.object();
        node.put("samples", o.samples());
        node.put("unprofiledSeconds", o.unprofiledSeconds());
        node.put("profiledSeconds", o.profiledSeconds());
        node.put("unprofiledSamplesPerSecond", o.unprofiledSamplesPerSecond());
        node.put("profiledSamplesPerSecond", o.profiledSamplesPerSecond());
        node.put("throughputRatio", o.throughputRatio());
        node.put("unprofiledEnergyJoules", o.unprofiledEnergyJoules());
        node.put("profiledEnergyJoules", o.profiledEnergyJoules());
        node.put("protocol", ProfileText.protocol(warmup));
        return node;
    }
}
