package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.spec.SpecFormat;
import org.greentrain.train.trainer.OptimizerSpec;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.tune.space.CategoricalParam;
import org.greentrain.tune.space.IntParam;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;

/**
 * How the parameters of a search space become a training run. A parameter is one of:
 * <ul>
 *   <li>an optimizer setting: {@code lr}, {@code beta1}, {@code beta2}, {@code eps}, {@code weight_decay} (Adam) or
 *   {@code lr}, {@code momentum}, {@code weight_decay} (SGD); settings the space leaves out keep the base optimizer's
 *   values. {@code beta1}, {@code beta2} and {@code momentum} drawn at exactly 1 (the paper's β1 range is [0.1, 1]) are
 *   applied as the largest double below 1, since both optimizers need them below 1;</li>
 *   <li>{@code optimizer}, a categorical of {@code adam} and {@code sgd}, for spaces that search both (make the
 *   family-specific settings conditional, e.g. {@code momentum[optimizer=sgd]=0.5..0.99});</li>
 *   <li>{@code batch} and {@code epochs}, integer parameters;</li>
 *   <li>a key of the base model spec, e.g. {@code conv=1..4:int} on {@code simplecnn} trains
 *   {@code simplecnn:conv=3,...}.</li>
 * </ul>
 * {@link #of} refuses, before any trial runs, a space with other names (listing the valid ones), a non-integer
 * {@code batch} or {@code epochs}, and a space whose lower or upper corner makes no valid run for the data.
 */
public final class SpaceMapping {

    /** The optimizer parameter. */
    public static final String OPTIMIZER = "optimizer";
    /** The batch-size parameter. */
    public static final String BATCH = "batch";
    /** The epochs parameter. */
    public static final String EPOCHS = "epochs";

    private static final List<String> ADAM_KEYS = List.of("lr", "beta1", "beta2", "eps", "weight_decay");
    private static final List<String> SGD_KEYS = List.of("lr", "momentum", "weight_decay");
    private static final List<String> BELOW_ONE = List.of("beta1", "beta2", "momentum");

    private final ModelSpec baseSpec;
    private final String baseFamily;
    private final Map<String, String> baseOptimizer;
    private final TrainingConfig baseConfig;

    private SpaceMapping(ModelSpec baseSpec, OptimizerSpec baseOptimizer, TrainingConfig baseConfig) {
        this.baseSpec = baseSpec;
        String canonical = baseOptimizer.canonical();
        this.baseFamily = canonical.substring(0, canonical.indexOf(':'));
        this.baseOptimizer = settings(canonical);
        this.baseConfig = baseConfig;
    }

    /**
     * The mapping of {@code space} onto runs of {@code baseSpec} trained with {@code baseConfig} (its optimizer is the
     * base optimizer), checked against data of shape {@code input}.
     *
     * @throws IllegalArgumentException naming the first parameter or corner that does not fit
     */
    public static SpaceMapping of(SearchSpace space, ModelSpec baseSpec, TrainingConfig baseConfig, ModelInput input) {
        SpaceMapping m = new SpaceMapping(baseSpec, baseConfig.optimizer(), baseConfig);
        List<String> valid = m.validNames();
        for (Param p : space.params()) {
            if (!valid.contains(p.name())) {
                throw new IllegalArgumentException("unknown parameter '" + p.name() + "' in the space: a training "
                        + "trial understands " + String.join(", ", valid));
            }
            if ((p.name().equals(BATCH) || p.name().equals(EPOCHS)) && !(p instanceof IntParam)) {
                throw new IllegalArgumentException("'" + p.name() + "' must be an integer parameter, e.g. "
                        + p.name() + "=" + (p.name().equals(BATCH) ? "64..1024:int" : "1..25:int"));
            }
            if (p.name().equals(OPTIMIZER) && !(p instanceof CategoricalParam
                    && List.of("adam", "sgd").containsAll(((CategoricalParam) p).choices()))) {
                throw new IllegalArgumentException("'optimizer' must be a choice of adam and sgd, e.g. "
                        + "optimizer=adam|sgd");
            }
        }
        if (space.param(OPTIMIZER).isEmpty()) {
            List<String> familyKeys = m.baseFamily.equals("sgd") ? SGD_KEYS : ADAM_KEYS;
            for (Param p : space.params()) {
                if ((ADAM_KEYS.contains(p.name()) || SGD_KEYS.contains(p.name())) && !familyKeys.contains(p.name())) {
                    throw new IllegalArgumentException("'" + p.name() + "' is not a setting of the " + m.baseFamily
                            + " optimizer (it has " + String.join(", ", familyKeys) + "): choose the optimizer with "
                            + "--optimizer, or search it with optimizer=adam|sgd");
                }
            }
        }
        m.checkCorner(space, 0, input);
        m.checkCorner(space, 1, input);
        return m;
    }

    /** Every parameter name this mapping understands, model keys last. */
    public List<String> validNames() {
        List<String> names = new ArrayList<>(ADAM_KEYS);
        names.add("momentum");
        names.add(OPTIMIZER);
        names.add(BATCH);
        names.add(EPOCHS);
        baseSpec.settings().keySet().stream().filter(k -> !names.contains(k)).forEach(names::add);
        return names;
    }

    /**
     * The run a trial's parameters choose.
     *
     * @throws IllegalArgumentException when they make no valid optimizer or model
     */
    public RunSettings settings(Params params) {
        String family = params.has(OPTIMIZER) ? params.getString(OPTIMIZER) : baseFamily;
        List<String> keys = family.equals("sgd") ? SGD_KEYS : ADAM_KEYS;
        Map<String, String> opt = new LinkedHashMap<>();
        for (String key : keys) {
            if (params.has(key)) {
                double v = params.getDouble(key);
                opt.put(key, SpecFormat.number(BELOW_ONE.contains(key) && v >= 1 ? Math.nextDown(1.0) : v));
            } else if (family.equals(baseFamily) && baseOptimizer.containsKey(key)) {
                opt.put(key, baseOptimizer.get(key));
            }
        }
        Map<String, String> model = settings(baseSpec.canonical());
        for (String key : model.keySet()) {
            if (params.has(key)) {
                model.put(key, text(params.get(key)));
            }
        }
        ModelSpec spec = ModelSpecs.parse(baseSpec.family() + (model.isEmpty() ? "" : ":" + join(model)));
        TrainingConfig config = baseConfig.withOptimizer(OptimizerSpec.parse(family + (opt.isEmpty() ? ""
                : ":" + join(opt))));
        if (params.has(BATCH)) {
            config = config.withBatchSize(Math.toIntExact(params.getLong(BATCH)));
        }
        if (params.has(EPOCHS)) {
            config = config.withEpochs(Math.toIntExact(params.getLong(EPOCHS)));
        }
        return new RunSettings(spec, config);
    }

    /** Builds the run of the all-low (u = 0) or all-high (u = 1) corner of the space and fits it to the data. */
    private void checkCorner(SearchSpace space, double u, ModelInput input) {
        double[] unit = new double[space.size()];
        Arrays.fill(unit, u);
        Params corner = space.fromUnit(unit);
        try {
            settings(corner).spec().resolve(input);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the space's " + (u == 0 ? "lower" : "upper") + " corner " + corner
                    + " makes no valid training run: " + e.getMessage(), e);
        }
    }

    private static String text(Object value) {
        if (value instanceof Double) {
            return SpecFormat.number((Double) value);
        }
        return value.toString();
    }

    /** The {@code key=value} settings of a canonical {@code family:key=value,...} string, in order. */
    private static Map<String, String> settings(String canonical) {
        Map<String, String> values = new LinkedHashMap<>();
        int colon = canonical.indexOf(':');
        if (colon < 0) {
            return values;
        }
        for (String part : canonical.substring(colon + 1).split(",")) {
            int eq = part.indexOf('=');
            values.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return values;
    }

    private static String join(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }
}
