package org.greentrain.tune.sampler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.greentrain.tune.space.CategoricalParam;
import org.greentrain.tune.space.FloatParam;
import org.greentrain.tune.space.IntParam;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;

/**
 * Grid search over the Cartesian product of per-parameter levels, taken without replacement.
 *
 * <p>Levels: a float gets {@code L} levels (default 5) spaced evenly in its scale (log for log parameters), either
 * {@link Mode#INCLUSIVE} (level i = low + i(high-low)/(L-1), both bounds included) or {@link Mode#UPPER_EXCLUDED}, the
 * green-training paper's variant (level i = low + i(high-low)/L for i = 0..L-1, the upper bound never reached). An
 * integer gets every integer of its range when there are at most L of them (in UPPER_EXCLUDED mode the range is
 * [low, high-1], as in the paper's code, unless low = high), otherwise L levels rounded and de-duplicated. A
 * categorical gets all its choices. A conditional parameter contributes its levels only where it is active, so the
 * grid holds no duplicate effective points.
 *
 * <p>Order: the grid is visited in a random order fixed by the seed (or in enumeration order when not shuffled). Every
 * call skips the points already held by any trial of the study, whatever its state, so several workers share one grid;
 * workers asking at the same moment are kept apart by {@link SamplingContext#pendingBefore()}. When every point is
 * taken the sampler throws {@link SpaceExhaustedException}.
 */
public final class GridSampler implements Sampler {

    /** Where the levels of a continuous parameter lie. */
    public enum Mode {
        /** L levels from low to high, both included. */
        INCLUSIVE,
        /** L levels from low, the upper bound excluded: low + i(high-low)/L (the paper, spec section 3.1). */
        UPPER_EXCLUDED
    }

    /** Grids larger than this are refused: they cannot be enumerated or shuffled in memory. */
    public static final int MAX_POINTS = 1_000_000;

    private final int levels;
    private final Mode mode;
    private final long seed;
    private final boolean shuffle;
    private String cachedSpace;
    private List<int[]> cachedPoints;
    private List<List<Object>> cachedLevels;

    /**
     * @param levels  levels per continuous (and large integer) dimension, at least 1
     * @param mode    inclusive levels or the paper's upper-excluded levels
     * @param seed    seed of the visiting order
     * @param shuffle whether to visit in seeded random order (true) or in enumeration order
     */
    public GridSampler(int levels, Mode mode, long seed, boolean shuffle) {
        if (levels < 1) {
            throw new IllegalArgumentException("grid levels must be >= 1, got " + levels);
        }
        this.levels = levels;
        this.mode = mode;
        this.seed = seed;
        this.shuffle = shuffle;
    }

    /** Five inclusive levels, shuffled with {@code seed}. */
    public GridSampler(long seed) {
        this(5, Mode.INCLUSIVE, seed, true);
    }

    /** The levels of one parameter: Double, Long or String values. */
    public List<Object> levels(Param p) {
        if (p instanceof CategoricalParam) {
            return List.copyOf(((CategoricalParam) p).choices());
        }
        if (p instanceof FloatParam) {
            FloatParam f = (FloatParam) p;
            if (f.low() == f.high()) {
                return List.of(f.low());
            }
            List<Object> out = new ArrayList<>();
            for (double u : positions(levels)) {
                out.add(f.unscale(f.scaledLow() + u * (f.scaledHigh() - f.scaledLow())));
            }
            return out;
        }
        IntParam ip = (IntParam) p;
        long lo = ip.low();
        long hi = mode == Mode.UPPER_EXCLUDED && ip.high() > ip.low() ? ip.high() - 1 : ip.high();
        if (hi - lo + 1 <= levels) {
            List<Object> out = new ArrayList<>();
            for (long v = lo; v <= hi; v++) {
                out.add(v);
            }
            return out;
        }
        double sLo = ip.scale(lo);
        double sHi = ip.scale(ip.high());
        TreeSet<Long> distinct = new TreeSet<>();
        for (double u : positions(levels)) {
            double s = sLo + u * (sHi - sLo);
            distinct.add(Math.max(lo, Math.min(hi, Math.round(ip.log() ? Math.exp(s) : s))));
        }
        return List.copyOf(distinct);
    }

    private double[] positions(int n) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = mode == Mode.UPPER_EXCLUDED ? (double) i / n : n == 1 ? 0 : (double) i / (n - 1);
        }
        return u;
    }

    /** The number of distinct points of the grid over {@code space}. */
    public int size(SearchSpace space) {
        return points(space).size();
    }

    @Override
    public synchronized Params sample(SamplingContext context) {
        SearchSpace space = context.space();
        List<int[]> points = points(space);
        Set<String> taken = new HashSet<>();
        for (FrozenTrial t : context.trials()) {
            if (!t.params().isEmpty()) {
                int[] idx = indexOf(space, t.params());
                if (idx != null) {
                    taken.add(Arrays.toString(idx));
                }
            }
        }
        int skip = context.pendingBefore();
        for (int[] point : points) {
            if (!taken.contains(Arrays.toString(point)) && skip-- == 0) {
                return decode(space, point);
            }
        }
        throw new SpaceExhaustedException("grid exhausted: all " + points.size() + " points of the grid are taken");
    }

    private Params decode(SearchSpace space, int[] point) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Param> ps = space.params();
        for (int i = 0; i < ps.size(); i++) {
            if (point[i] >= 0) {
                values.put(ps.get(i).name(), cachedLevels.get(i).get(point[i]));
            }
        }
        return new Params(values);
    }

    private int[] indexOf(SearchSpace space, Params params) {
        List<Param> ps = space.params();
        int[] idx = new int[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            Object v = params.asMap().get(ps.get(i).name());
            idx[i] = v == null ? -1 : cachedLevels.get(i).indexOf(v);
            if (v != null && idx[i] < 0) {
                return null;
            }
        }
        return idx;
    }

    private List<int[]> points(SearchSpace space) {
        String key = space.canonical();
        if (key.equals(cachedSpace)) {
            return cachedPoints;
        }
        List<Param> ps = space.params();
        List<List<Object>> lv = new ArrayList<>();
        for (Param p : ps) {
            lv.add(levels(p));
        }
        List<int[]> out = new ArrayList<>();
        enumerate(ps, lv, 0, new int[ps.size()], new LinkedHashMap<>(), out);
        if (shuffle) {
            SplittableRandom rng = new SplittableRandom(Seeds.mix(seed));
            for (int i = out.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int[] tmp = out.get(i);
                out.set(i, out.get(j));
                out.set(j, tmp);
            }
        }
        cachedSpace = key;
        cachedLevels = lv;
        cachedPoints = out;
        return out;
    }

    private static void enumerate(List<Param> ps, List<List<Object>> lv, int i, int[] current,
                                  Map<String, Object> chosen, List<int[]> out) {
        if (out.size() > MAX_POINTS) {
            throw new IllegalArgumentException("grid has more than " + MAX_POINTS
                    + " points: use fewer levels or another sampler");
        }
        if (i == ps.size()) {
            out.add(current.clone());
            return;
        }
        Param p = ps.get(i);
        if (!p.condition().map(c -> c.isMet(chosen)).orElse(true)) {
            current[i] = -1;
            enumerate(ps, lv, i + 1, current, chosen, out);
            return;
        }
        List<Object> levels = lv.get(i);
        for (int k = 0; k < levels.size(); k++) {
            current[i] = k;
            chosen.put(p.name(), levels.get(k));
            enumerate(ps, lv, i + 1, current, chosen, out);
        }
        chosen.remove(p.name());
    }

    @Override
    public String describe() {
        return "grid(levels=" + levels + ",mode=" + mode.name().toLowerCase(java.util.Locale.ROOT) + ",seed=" + seed
                + (shuffle ? "" : ",ordered") + ")";
    }
}
