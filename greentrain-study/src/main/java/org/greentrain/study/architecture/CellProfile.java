package org.greentrain.study.architecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.energy.Measurement;
import org.greentrain.train.profile.LayerProfile;
import org.greentrain.train.profile.LayerTypeEnergy;

/**
 * Where the energy of one cell's training goes, per layer type and pass: the summary of an operator profile
 * ({@link LayerProfile}) that an architecture study stores for each cell, so that its report can draw energy per layer
 * type without profiling again. The rows share out the interval's measured joules in proportion to operator time, so
 * they add up to {@link #energyJoules()}.
 *
 * @param cell              the cell label, for example {@code conv=4,linear=3,relu=on}
 * @param spec              the cell's canonical model spec
 * @param samples           training examples in the profiled interval
 * @param seconds           wall time of the profiled interval
 * @param energyJoules      measured joules of the profiled interval
 * @param energyLowerJoules lowest plausible joules of the interval
 * @param energyUpperJoules highest plausible joules of the interval
 * @param energyProvenance  where the joules come from, for example {@code tdp-estimate+ram-estimate}
 * @param processShare      share of the machine's CPU time this process had during the interval
 * @param throughputRatio   profiled over unprofiled throughput (0.5: the profiler halved the speed)
 * @param intraOpThreads    PyTorch's intra-op threads during the profile
 * @param layerTypes        time and joules per layer type and pass, the unattributed time last
 */
public record CellProfile(String cell, String spec, long samples, double seconds, double energyJoules,
                          double energyLowerJoules, double energyUpperJoules, String energyProvenance,
                          double processShare, double throughputRatio, int intraOpThreads,
                          List<LayerTypeJoules> layerTypes) {

    public CellProfile {
        Objects.requireNonNull(cell, "cell");
        layerTypes = List.copyOf(layerTypes);
    }

    /** The summary of {@code profile}, the profile of cell {@code cell}. */
    public static CellProfile of(String cell, LayerProfile profile) {
        Measurement interval = profile.interval();
        List<LayerTypeJoules> rows = profile.layerTypes().stream().map(CellProfile::row).toList();
        return new CellProfile(cell, profile.spec(), profile.samples(), interval.durationSeconds(),
                interval.energyJoules(), interval.energyLowerJoules(), interval.energyUpperJoules(),
                interval.provenanceSummary(), interval.processShare(), profile.overhead().throughputRatio(),
                profile.intraOpThreads(), rows);
    }

    /** Joules per layer type, both passes together, in the order the types first appear. */
    public Map<String, Double> joulesByType() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (LayerTypeJoules row : layerTypes) {
            out.merge(row.type(), row.energyJoules(), Double::sum);
        }
        return out;
    }

    /** The share of the interval's energy that went to {@code type}, both passes together; 0 when it had none. */
    public double share(String type) {
        return layerTypes.stream().filter(r -> r.type().equals(type)).mapToDouble(LayerTypeJoules::share).sum();
    }

    private static LayerTypeJoules row(LayerTypeEnergy e) {
        return new LayerTypeJoules(e.type().id(), e.pass().id(), e.seconds(), e.share(), e.energyJoules());
    }
}
