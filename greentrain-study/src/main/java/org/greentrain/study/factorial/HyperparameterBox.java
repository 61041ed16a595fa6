package org.greentrain.study.factorial;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.greentrain.train.model.Seeds;
import org.greentrain.train.trainer.OptimizerSpec;
import org.greentrain.tune.space.FloatParam;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;

/**
 * The box the random Adam hyperparameter sets of an ablation are drawn from, written as a search space over
 * {@code lr}, {@code beta1}, {@code beta2}, {@code eps} and {@code weight_decay}; a setting the box leaves out keeps
 * PyTorch's default. The default, {@link #PAPER_RQ2}, is the tuning paper's RQ2 box: lr uniform in [1e-5, 1e-3],
 * beta1 in [0.5, 1), beta2 in [0.8, 1). Unlike the paper's code, which logged beta2 but always trained with 0.999,
 * the drawn beta2 is applied.
 *
 * @param space the box; every parameter is a float
 */
public record HyperparameterBox(SearchSpace space) {

    private static final List<String> NAMES = List.of("lr", "beta1", "beta2", "eps", "weight_decay");

    /** The tuning paper's RQ2 box (spec §4.1), on a linear scale as the paper drew it. */
    public static final HyperparameterBox PAPER_RQ2 = parse("lr=1e-5..1e-3,beta1=0.5..1,beta2=0.8..1");

    public HyperparameterBox {
        for (Param p : space.params()) {
            if (!NAMES.contains(p.name())) {
                throw new IllegalArgumentException("hyperparameter '" + p.name() + "' is not an Adam setting; valid: "
                        + String.join(", ", NAMES));
            }
            if (!(p instanceof FloatParam) || p.condition().isPresent()) {
                throw new IllegalArgumentException("hyperparameter '" + p.name() + "' must be a plain number range "
                        + "such as " + p.name() + "=0.5..1");
            }
            FloatParam f = (FloatParam) p;
            boolean beta = p.name().startsWith("beta");
            boolean positive = p.name().equals("lr") || p.name().equals("eps");
            if (f.low() < 0 || positive && f.low() == 0 || beta && f.high() > 1) {
                throw new IllegalArgumentException("hyperparameter '" + p.name() + "' range " + f.canonicalDomain()
                        + " is outside " + (beta ? "[0, 1]" : positive ? "(0, inf)" : "[0, inf)"));
            }
        }
    }

    /**
     * Parses a box such as {@code lr=1e-4..1e-2:log,beta1=0.8..0.95}.
     *
     * @throws IllegalArgumentException for a malformed range or a name that is not an Adam setting
     */
    public static HyperparameterBox parse(String text) {
        return new HyperparameterBox(SearchSpace.parse(text));
    }

    /**
     * Draws {@code count} sets, the same for the same seed: set {@code h} comes from its own seeded stream, so the
     * first sets do not change when more are asked for. Draws are uniform in [low, high) (log-uniform for
     * {@code :log} ranges); beta1 and beta2 stay below 1, as Adam needs.
     */
    public List<HyperparameterSet> draw(int count, long seed) {
        List<HyperparameterSet> sets = new ArrayList<>();
        for (int h = 0; h < count; h++) {
            Params params = space.sample(new SplittableRandom(Seeds.mix(seed, h))::nextDouble);
            sets.add(new HyperparameterSet(h, params, adam(params)));
        }
        return List.copyOf(sets);
    }

    /** The canonical text of the box, for storage and messages. */
    public String canonical() {
        return space.canonical();
    }

    private static OptimizerSpec.Adam adam(Params p) {
        OptimizerSpec.Adam d = OptimizerSpec.Adam.defaults();
        return new OptimizerSpec.Adam(value(p, "lr", d.learningRate()), beta(p, "beta1", d.beta1()),
                beta(p, "beta2", d.beta2()), value(p, "eps", d.epsilon()), value(p, "weight_decay", d.weightDecay()));
    }

    /** A beta below 1: low + u (high - low) can round up to exactly 1 for u just under 1. */
    private static double beta(Params p, String name, double otherwise) {
        return Math.min(value(p, name, otherwise), Math.nextDown(1.0));
    }

    private static double value(Params p, String name, double otherwise) {
        return p.has(name) ? p.getDouble(name) : otherwise;
    }
}
