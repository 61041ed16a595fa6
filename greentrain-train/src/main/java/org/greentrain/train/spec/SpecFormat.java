package org.greentrain.train.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a spec's settings as its canonical string ({@code family:key=value,...} with every key, in fixed order), and
 * numbers in the short exact form that spec and optimizer strings share.
 */
public final class SpecFormat {

    private SpecFormat() {
    }

    static String canonical(ModelSpec spec) {
        Map<String, Object> settings = spec.settings();
        if (settings.isEmpty()) {
            return spec.family();
        }
        List<String> parts = new ArrayList<>();
        settings.forEach((key, value) -> parts.add(key + "=" + value(value)));
        return spec.family() + ":" + String.join(",", parts);
    }

    static String value(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value ? "on" : "off";
        }
        if (value instanceof Double) {
            return number((Double) value);
        }
        if (value instanceof Activation) {
            return ((Activation) value).id();
        }
        if (value instanceof List<?>) {
            List<?> list = (List<?>) value;
            if (list.isEmpty()) {
                return "none";
            }
            String separator = list.get(0) instanceof ConvBlock ? "/" : "-";
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(o.toString());
            }
            return String.join(separator, items);
        }
        return String.valueOf(value);
    }

    /** The shortest exact decimal form: {@code 0.25}, {@code 0}, {@code 1e-8}. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toString().toLowerCase(Locale.ROOT);
    }
}
