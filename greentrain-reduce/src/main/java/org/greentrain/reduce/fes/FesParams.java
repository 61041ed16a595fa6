package org.greentrain.reduce.fes;

import java.util.List;
import java.util.Map;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;

/**
 * Parameters of FES.
 *
 * @param epochs training epochs on the full data during which forgetting events are counted (the spec's E_init)
 */
public record FesParams(int epochs) implements MethodParams {

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("fes", List.of(
            new ParamSpec("epochs", "20", "epochs on the full data counting forgetting events (paper: 20 object "
                    + "detection, 50 Dry Bean, 200 Collision)")));

    public FesParams {
        if (epochs < 1) {
            throw new IllegalArgumentException("fes: epochs must be >= 1, got " + epochs);
        }
    }

    /** 20 counting epochs. */
    public static FesParams defaults() {
        return fromMap(Map.of());
    }

    /** From CLI text. */
    public static FesParams fromMap(Map<String, String> given) {
        return new FesParams(SCHEMA.parse(given).integer("epochs"));
    }

    @Override
    public Map<String, String> asMap() {
        return Map.of("epochs", Integer.toString(epochs));
    }
}
