package org.greentrain.tune.storage;

/** How a parameter value is written to a storage row: a kind tag and exact text. */
final class ParamCodec {

    private ParamCodec() {
    }

    static String kind(Object value) {
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof Long) {
            return "int";
        }
        if (value instanceof String) {
            return "categorical";
        }
        throw new IllegalArgumentException("unsupported parameter value " + value + " of " + value.getClass());
    }

    static String text(Object value) {
        return value.toString();
    }

    static Object parse(String kind, String text) {
        switch (kind) {
            case "float":
                return Double.parseDouble(text);
            case "int":
                return Long.parseLong(text);
            case "categorical":
                return text;
            default:
                throw new IllegalArgumentException("unknown parameter kind '" + kind + "'");
        }
    }
}
