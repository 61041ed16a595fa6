package org.greentrain.reduce.reducer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.reduce.param.Choice;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;
import org.greentrain.reduce.param.ParamValues;
import org.greentrain.reduce.protodash.Kernel;

/**
 * Parameters of PRD.
 *
 * @param kernel the kernel kind
 * @param sigma  bandwidth of the Gaussian kernel (unused by the linear one, as in the paper's runs)
 */
public record PrdParams(KernelKind kernel, double sigma) implements MethodParams {

    /** The kernel kind. */
    public enum KernelKind implements Choice {
        /** Linear: what the paper's package actually ran. */
        LINEAR("linear"),
        /** Gaussian with bandwidth sigma: ProtoDash as published. */
        GAUSSIAN("gaussian");

        private final String id;

        KernelKind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("prd", List.of(
            new ParamSpec("kernel", "linear", "linear (reproduces the paper, which never passed its kernel choice) or "
                    + "gaussian (meaningful prototypes beyond d picks)"),
            new ParamSpec("sigma", "2", "Gaussian bandwidth; picks grow fragile after 30-50 at sigma 2, 0.5 is "
                    + "stable on [0,1]-scaled data")));

    public PrdParams {
        Objects.requireNonNull(kernel, "kernel");
        if (!Kernel.Gaussian.isUsable(sigma)) {
            throw new IllegalArgumentException("prd: sigma must be a finite number > 0 whose 1/(2 sigma^2) is finite"
                    + " (about 1e-154 or more), got " + sigma);
        }
    }

    /** The paper's setting: linear kernel (sigma 2, unused). */
    public static PrdParams defaults() {
        return fromMap(Map.of());
    }

    /** From CLI text. */
    public static PrdParams fromMap(Map<String, String> given) {
        ParamValues v = SCHEMA.parse(given);
        return new PrdParams(v.choice("kernel", KernelKind.values()), v.number("sigma"));
    }

    /** The kernel these parameters describe. */
    public Kernel toKernel() {
        return kernel == KernelKind.LINEAR ? new Kernel.Linear() : new Kernel.Gaussian(sigma);
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kernel", kernel.id());
        m.put("sigma", Double.toString(sigma));
        return m;
    }
}
