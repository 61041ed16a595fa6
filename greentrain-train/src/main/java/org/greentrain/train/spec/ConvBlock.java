package org.greentrain.train.spec;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One convolution block of a {@code cnn} spec: {@code Conv2d(channels, kernel, stride, padding)}, then optionally
 * batch norm, an activation and pooling, in that order. Written as a token such as {@code 16k3p1-bn-relu-max2}:
 * output channels, {@code k} kernel, optional {@code s} stride (default 1), optional {@code p} padding (default 0),
 * then dash-separated {@code bn}, an activation name and a pooling token.
 *
 * @param channels   output channels
 * @param kernel     square kernel size
 * @param stride     convolution stride
 * @param padding    zero padding on each side
 * @param batchNorm  whether a BatchNorm2d follows the convolution
 * @param activation activation after the (normalised) convolution
 * @param pooling    pooling at the end of the block
 */
public record ConvBlock(int channels, int kernel, int stride, int padding, boolean batchNorm, Activation activation,
                        Pooling pooling) {

    /** The JSON field names of a block object. */
    static final List<String> JSON_KEYS = List.of("channels", "kernel", "stride", "padding", "batchnorm",
            "activation", "pool");

    private static final Pattern HEAD = Pattern.compile("(\\d+)k(\\d+)(?:s(\\d+))?(?:p(\\d+))?");

    public ConvBlock {
        check(channels, 1, 1 << 16, "channels");
        check(kernel, 1, 64, "kernel");
        check(stride, 1, 64, "stride");
        check(padding, 0, 64, "padding");
        java.util.Objects.requireNonNull(activation, "activation");
        java.util.Objects.requireNonNull(pooling, "pooling");
    }

    /**
     * Parses a block token such as {@code 16k3p1-bn-relu-max2}.
     *
     * @throws IllegalArgumentException saying which part is wrong
     */
    public static ConvBlock parse(String token) {
        String[] parts = token.trim().toLowerCase(Locale.ROOT).split("-", -1);
        Matcher m = HEAD.matcher(parts[0]);
        if (!m.matches()) {
            throw new IllegalArgumentException("conv block '" + token + "' must start with <channels>k<kernel>"
                    + "[s<stride>][p<padding>], e.g. 16k3p1-bn-relu-max2");
        }
        int channels = SpecOptions.parseInt(m.group(1), "conv block '" + token + "' channels", 1, 1 << 16);
        int kernel = SpecOptions.parseInt(m.group(2), "conv block '" + token + "' kernel", 1, 64);
        int stride = m.group(3) == null ? 1 : SpecOptions.parseInt(m.group(3), "conv block '" + token + "' stride",
                1, 64);
        int padding = m.group(4) == null ? 0 : SpecOptions.parseInt(m.group(4), "conv block '" + token
                + "' padding", 0, 64);
        boolean bn = false;
        Activation activation = Activation.NONE;
        Pooling pooling = Pooling.NONE;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("bn")) {
                bn = true;
            } else if (p.startsWith("max") || p.startsWith("avg")) {
                pooling = Pooling.parse(p);
            } else {
                try {
                    activation = Activation.parse(p);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("conv block '" + token + "': unknown part '" + p
                            + "'; valid parts: bn, " + Activation.choices() + ", max<k>, avg<k>");
                }
            }
        }
        return new ConvBlock(channels, kernel, stride, padding, bn, activation, pooling);
    }

    /** The canonical token, for example {@code 16k3p1-bn-relu-max2}. */
    public String token() {
        StringBuilder sb = new StringBuilder().append(channels).append('k').append(kernel);
        if (stride != 1) {
            sb.append('s').append(stride);
        }
        sb.append('p').append(padding);
        if (batchNorm) {
            sb.append("-bn");
        }
        if (activation != Activation.NONE) {
            sb.append('-').append(activation.id());
        }
        if (pooling.kind() != Pooling.Kind.NONE) {
            sb.append('-').append(pooling.token());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return token();
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("conv block " + what + " must be in [" + min + ", " + max + "], got "
                    + value);
        }
    }
}
