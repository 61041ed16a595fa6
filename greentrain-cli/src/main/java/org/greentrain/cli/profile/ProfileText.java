package org.greentrain.cli.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.train.profile.LayerCost;
import org.greentrain.train.profile.LayerProfile;
import org.greentrain.train.profile.LayerType;
import org.greentrain.train.profile.LayerTypeEnergy;
import org.greentrain.train.profile.ProfilerOverhead;
import org.greentrain.train.profile.UnmappedOperator;

/**
 * The human-readable form of a {@link LayerProfile}: the interval, a table per layer type and pass (time, share,
 * joules, GFLOP) with totals, the same per layer type with both passes together, the attribution model, the
 * profiler's overhead, unmapped operators, and the analytic cost of every layer.
 */
final class ProfileText {

    private ProfileText() {
    }

    /** How the overhead was measured, in one sentence. */
    static String protocol(int warmup) {
        return "same steps, network and seed trained without then with the profiler, the unprofiled run first, after "
                + (warmup == 0 ? "no warm-up" : "a " + warmup + "-step unmeasured warm-up");
    }

    static String render(LayerProfile p, String dataset, int warmup) {
        StringBuilder out = new StringBuilder();
        out.append("profile     ").append(p.spec()).append(" on ").append(dataset).append('\n');
        out.append(String.format(Locale.ROOT, "interval    %d epoch%s, %d steps of %d (%d samples), %s, %s (%s, %s)%n",
                p.epochs(), p.epochs() == 1 ? "" : "s", p.steps(), p.batchSize(), p.samples(),
                Units.seconds(p.interval().durationSeconds()), Units.joules(p.totalEnergyJoules()),
                p.interval().provenanceSummary(), Units.band(
                        p.interval().energyLowerJoules() / p.totalEnergyJoules() - 1,
                        p.interval().energyUpperJoules() / p.totalEnergyJoules() - 1)));
        out.append(String.format(Locale.ROOT, "parameters  %,d; %d intra-op thread%s%n%n", p.parameters(),
                p.intraOpThreads(), p.intraOpThreads() == 1 ? "" : "s"));
        out.append(byPass(p.layerTypes())).append('\n');
        out.append(byType(p.layerTypes())).append('\n');
        out.append("attribution: ").append(p.attribution()).append('\n');
        ProfilerOverhead o = p.overhead();
        out.append(String.format(Locale.ROOT, "profiler overhead: %.0f samples/s profiled, %.0f unprofiled: throughput "
                        + "ratio %.3f (%s); unprofiled interval %s, %s%n", o.profiledSamplesPerSecond(),
                o.unprofiledSamplesPerSecond(), o.throughputRatio(), protocol(warmup),
                Units.seconds(o.unprofiledSeconds()), Units.joules(o.unprofiledEnergyJoules())));
        out.append("unmapped operators (counted as other): ").append(unmapped(p.unmapped())).append('\n');
        out.append(String.format(Locale.ROOT, "trace: %,d events on %d thread%s%s%n%n", p.breakdown().events(),
                p.breakdown().threads(), p.breakdown().threads() == 1 ? "" : "s",
                p.trace() == null ? "" : ", kept in " + p.trace()));
        out.append(layers(p.layers()));
        return out.toString();
    }

    private static String byPass(List<LayerTypeEnergy> rows) {
        TextTable table = new TextTable("type", "phase", " time s", " share", " energy", " GFLOP");
        double seconds = 0;
        double joules = 0;
        long flops = 0;
        for (LayerTypeEnergy r : rows) {
            table.row(r.type().id(), r.pass().id(), String.format(Locale.ROOT, "%.3f", r.seconds()),
                    percent(r.share()), Units.joules(r.energyJoules()), gflop(r.flops()));
            seconds += r.seconds();
            joules += r.energyJoules();
            flops += r.flops() == null ? 0 : r.flops();
        }
        table.row("total", "", String.format(Locale.ROOT, "%.3f", seconds), percent(1), Units.joules(joules),
                gflop(flops));
        return table.render();
    }

    private static String byType(List<LayerTypeEnergy> rows) {
        Map<LayerType, double[]> sums = new EnumMap<>(LayerType.class);
        for (LayerTypeEnergy r : rows) {
            double[] s = sums.computeIfAbsent(r.type(), t -> new double[3]);
            s[0] += r.share();
            s[1] += r.energyJoules();
            s[2] += r.flops() == null ? 0 : r.flops();
        }
        TextTable table = new TextTable("type (both passes)", " share", " energy", " GFLOP");
        sums.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> table.row(e.getKey().id(), percent(e.getValue()[0]), Units.joules(e.getValue()[1]),
                        e.getValue()[2] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", e.getValue()[2] / 1e9)));
        return table.render();
    }

    private static String unmapped(List<UnmappedOperator> operators) {
        if (operators.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (UnmappedOperator u : operators) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(String.format(Locale.ROOT, "%s (%s, %d calls, %.4f s)", u.name(), u.pass().id(), u.calls(),
                    u.seconds()));
        }
        return s.toString();
    }

    private static String layers(List<LayerCost> costs) {
        TextTable table = new TextTable(" #", "layer", "type", " parameters", " fwd MFLOP/sample",
                " bwd MFLOP/sample");
        for (LayerCost c : costs) {
            table.row(c.index(), c.layer().describe(), c.type().id(), String.format(Locale.ROOT, "%,d", c.parameters()),
                    String.format(Locale.ROOT, "%.4f", c.forwardFlopsPerSample() / 1e6),
                    String.format(Locale.ROOT, "%.4f", c.backwardFlopsPerSample() / 1e6));
        }
        return table.render();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String gflop(Long flops) {
        return flops == null ? "-" : String.format(Locale.ROOT, "%.3f", flops / 1e9);
    }
}
