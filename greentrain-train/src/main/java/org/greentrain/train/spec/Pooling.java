package org.greentrain.train.spec;

/**
 * The pooling that ends a convolution block: none, or max/average pooling with a square window whose stride equals
 * its size (PyTorch's {@code MaxPool2d(k, k)} / {@code AvgPool2d(k, k)}, floor mode). Written {@code none},
 * {@code max2} or {@code avg3} in spec strings.
 *
 * @param kind the pooling operation
 * @param size window size and stride; 0 for {@link Kind#NONE}
 */
public record Pooling(Kind kind, int size) {

    /** The pooling operations. */
    public enum Kind { NONE, MAX, AVG }

    /** No pooling. */
    public static final Pooling NONE = new Pooling(Kind.NONE, 0);

    public Pooling {
        if (kind == Kind.NONE ? size != 0 : size < 1) {
            throw new IllegalArgumentException("pooling " + kind + " cannot have size " + size);
        }
    }

    /** Max pooling with a {@code size x size} window and stride {@code size}. */
    public static Pooling max(int size) {
        return new Pooling(Kind.MAX, size);
    }

    /** Average pooling with a {@code size x size} window and stride {@code size}. */
    public static Pooling avg(int size) {
        return new Pooling(Kind.AVG, size);
    }

    /**
     * Parses {@code none}, {@code maxK} or {@code avgK}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Pooling parse(String token) {
        String t = token.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("none")) {
            return NONE;
        }
        Kind kind = t.startsWith("max") ? Kind.MAX : t.startsWith("avg") ? Kind.AVG : null;
        if (kind == null) {
            throw new IllegalArgumentException("unknown pooling '" + token
                    + "'; valid: none, max<k>, avg<k> (e.g. max2)");
        }
        int size = SpecOptions.parseInt(t.substring(3), "pooling size in '" + token + "'", 1, 64);
        return new Pooling(kind, size);
    }

    /** The spec token: {@code none}, {@code max2}, {@code avg3}. */
    public String token() {
        return kind == Kind.NONE ? "none" : kind.name().toLowerCase(java.util.Locale.ROOT) + size;
    }

    @Override
    public String toString() {
        return token();
    }
}
