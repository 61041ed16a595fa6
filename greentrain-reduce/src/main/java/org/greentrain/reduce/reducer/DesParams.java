package org.greentrain.reduce.reducer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.reduce.param.MethodParams;
import org.greentrain.reduce.param.ParamSchema;
import org.greentrain.reduce.param.ParamSpec;
import org.greentrain.reduce.param.ParamValues;

/**
 * Parameters of DES.
 *
 * @param baseFraction fraction of all rows drawn as the stratified base, in (0, 1]; null means half the keep fraction,
 *                     the paper's tabular setting. It must not exceed the keep fraction (checked at reduction time).
 */
public record DesParams(Double baseFraction) implements MethodParams {

    /** Keys, defaults and help. */
    public static final ParamSchema SCHEMA = new ParamSchema("des", List.of(
            new ParamSpec("pBase", ParamValues.AUTO, "fraction of all rows in the stratified base, in (0, keep "
                    + "fraction]; auto = half the keep fraction, as in the paper's experiments")));

    public DesParams {
        if (baseFraction != null && !(baseFraction > 0 && baseFraction <= 1)) {
            throw new IllegalArgumentException("des: pBase must be in (0, 1], got " + baseFraction);
        }
    }

    /** The paper's setting: base = half the keep fraction. */
    public static DesParams defaults() {
        return new DesParams(null);
    }

    /** From CLI text. */
    public static DesParams fromMap(Map<String, String> given) {
        ParamValues v = SCHEMA.parse(given);
        return new DesParams(v.isAuto("pBase") ? null : v.number("pBase"));
    }

    /** The base fraction for keep fraction {@code keepFraction}. */
    public double baseFractionFor(double keepFraction) {
        return baseFraction == null ? 0.5 * keepFraction : baseFraction;
    }

    @Override
    public void requireUsableWith(double keepFraction) {
        if (baseFractionFor(keepFraction) > keepFraction) {
            throw new IllegalArgumentException("des: pBase " + baseFraction + " exceeds the keep fraction "
                    + keepFraction + "; pBase must be at most the keep fraction");
        }
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pBase", baseFraction == null ? ParamValues.AUTO : baseFraction.toString());
        return m;
    }
}
