package org.greentrain.tune.sampler.gp;

import java.util.List;
import java.util.SplittableRandom;
import org.greentrain.tune.space.CategoricalParam;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;

/**
 * Maps parameters to GP inputs in the unit cube: a float or integer parameter is one coordinate (its position in its
 * scale, log for log parameters; integers at the position of their rounded value), a categorical with k choices is k
 * one-hot coordinates. An inactive conditional parameter is encoded as 0.5 (numbers) or all zeros (categoricals), so
 * points that lack it sit at one fixed place along its axes.
 */
final class GpEncoding {

    private final SearchSpace space;
    private final int[] offset;
    private final int dims;

    GpEncoding(SearchSpace space) {
        this.space = space;
        List<Param> ps = space.params();
        offset = new int[ps.size()];
        int d = 0;
        for (int i = 0; i < ps.size(); i++) {
            offset[i] = d;
            d += ps.get(i) instanceof CategoricalParam ? ((CategoricalParam) ps.get(i)).size() : 1;
        }
        dims = d;
    }

    int dims() {
        return dims;
    }

    /** Whether coordinate {@code k} belongs to a numeric parameter (local search moves only those). */
    boolean[] numericMask() {
        boolean[] mask = new boolean[dims];
        List<Param> ps = space.params();
        for (int i = 0; i < ps.size(); i++) {
            if (!(ps.get(i) instanceof CategoricalParam)) {
                mask[offset[i]] = true;
            }
        }
        return mask;
    }

    /** Writes the encoding of {@code p} into {@code out} at {@code o}. */
    void encode(Params p, double[] out, int o) {
        List<Param> ps = space.params();
        for (int i = 0; i < ps.size(); i++) {
            Param param = ps.get(i);
            Object v = p.asMap().get(param.name());
            if (param instanceof CategoricalParam) {
                CategoricalParam c = (CategoricalParam) param;
                int idx = v == null ? -1 : c.indexOf(v);
                for (int k = 0; k < c.size(); k++) {
                    out[o + offset[i] + k] = k == idx ? 1 : 0;
                }
            } else {
                out[o + offset[i]] = v == null ? 0.5 : Math.min(1, Math.max(0, param.toUnit(v)));
            }
        }
    }

    /** Decodes a point of the cube: numeric coordinates through the parameter, categoricals by arg-max. */
    Params decode(double[] z, int o) {
        double[] u = new double[space.size()];
        List<Param> ps = space.params();
        for (int i = 0; i < ps.size(); i++) {
            Param param = ps.get(i);
            if (param instanceof CategoricalParam) {
                int k = ((CategoricalParam) param).size();
                int arg = 0;
                for (int j = 1; j < k; j++) {
                    if (z[o + offset[i] + j] > z[o + offset[i] + arg]) {
                        arg = j;
                    }
                }
                u[i] = (arg + 0.5) / k;
            } else {
                u[i] = z[o + offset[i]];
            }
        }
        return space.fromUnit(u);
    }

    /** A uniform random point of the space, encoded into {@code out} at {@code o}. */
    void randomPoint(SplittableRandom rng, double[] out, int o) {
        encode(space.sample(rng::nextDouble), out, o);
    }
}
