package org.greentrain.reduce.bench;

import java.util.Locale;
import java.util.Map;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.reduce.Reducer;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.metric.EpsilonRepresentativeness;
import org.greentrain.reduce.param.ParamSchema;

/**
 * Manual timing of the reducers and the ε metric on Gaussian blobs (not a unit test; the formal benchmark lives in
 * bench/). Usage: {@code ReductionTimings ROWS DIMS KEEP METHOD[:k=v,...] ...}; each method runs twice (warm-up, then
 * timed) and prints its wall and CPU time, joules, size, ε (L∞) with the time ε took, and its last note. Data: Gaussian
 * blobs (σ = 1, centres uniform in [-10, 10]^DIMS) in 7 classes of 30/22/16/12/9/7/4 % of the rows.
 */
public final class ReductionTimings {

    private ReductionTimings() {
    }

    public static void main(String[] args) {
        int rows = Integer.parseInt(args[0]);
        int dims = Integer.parseInt(args[1]);
        double keep = Double.parseDouble(args[2]);
        int[] weights = {30, 22, 16, 12, 9, 7, 4};
        int[] sizes = new int[weights.length];
        int assigned = 0;
        for (int c = 0; c < weights.length; c++) {
            sizes[c] = c == weights.length - 1 ? rows - assigned : rows * weights[c] / 100;
            assigned += sizes[c];
        }
        Dataset data = TestData.blobs(sizes, dims, 10, 7);
        EnergyMeter meter = EnergyMeter.discover(MeterConfig.defaults());
        System.out.printf(Locale.ROOT, "data %d x %d, classes %s, keep %.2f, %d cores, meter %s%n", rows, dims,
                java.util.Arrays.toString(sizes), keep, Runtime.getRuntime().availableProcessors(),
                meter.sources().stream().map(s -> s.getClass().getSimpleName()).toList());
        for (int a = 3; a < args.length; a++) {
            String[] spec = args[a].split(":", 2);
            Map<String, String> params = ParamSchema.parseAssignments(spec.length > 1 ? spec[1] : "");
            Reducer reducer = ReductionMethod.parse(spec[0]).create(params);
            Reduction warm = reducer.reduce(data, keep, 1, meter);
            Reduction r = reducer.reduce(data, keep, 2, meter);
            long t0 = System.nanoTime();
            double eps = EpsilonRepresentativeness.of(r, data).epsilon();
            double epsSeconds = (System.nanoTime() - t0) / 1e9;
            String line = String.format(Locale.ROOT, "%-28s %8.3f s wall %8.3f s cpu %9.1f J  rows %6d  eps(linf) %.4f"
                            + " in %.3f s (warm-up %.3f s)%s", args[a], r.measurement().durationSeconds(),
                    r.measurement().processCpuSeconds(), r.measurement().energyJoules(), r.size(), eps, epsSeconds,
                    warm.measurement().durationSeconds(),
                    r.notes().isEmpty() ? "" : "  notes: " + r.notes().size() + ", last: "
                            + r.notes().get(r.notes().size() - 1));
            System.out.println(line);
        }
    }
}
