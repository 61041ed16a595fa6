package org.greentrain.train.trainer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.train.spec.SpecFormat;

/**
 * An optimizer and its hyperparameters, written like a model spec: {@code adam:lr=0.001,beta1=0.9,beta2=0.999,
 * eps=1e-8,weight_decay=0} or {@code sgd:lr=0.01,momentum=0.9,weight_decay=0}. Both follow PyTorch's update rules
 * exactly ({@code torch.optim.Adam} with L2 weight decay added to the gradient, and {@code torch.optim.SGD} with
 * momentum, no dampening, no Nesterov). Unlike the green-training paper's code, every hyperparameter given here is
 * applied, beta2 included.
 */
public sealed interface OptimizerSpec {

    /** The learning rate. */
    double learningRate();

    /** The canonical string; parsing it gives an equal spec. */
    @JsonValue
    String canonical();

    /**
     * Adam (Kingma and Ba) with bias correction, as {@code torch.optim.Adam}.
     *
     * @param learningRate step size, positive
     * @param beta1        first-moment decay in [0, 1)
     * @param beta2        second-moment decay in [0, 1)
     * @param epsilon      denominator term, positive
     * @param weightDecay  L2 penalty added to the gradient, at least 0
     */
    record Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay)
            implements OptimizerSpec {

        static final List<String> KEYS = List.of("lr", "beta1", "beta2", "eps", "weight_decay");

        public Adam {
            positive("adam lr", learningRate);
            unitInterval("adam beta1", beta1);
            unitInterval("adam beta2", beta2);
            positive("adam eps", epsilon);
            nonNegative("adam weight_decay", weightDecay);
        }

        /** PyTorch's defaults: lr 0.001, betas (0.9, 0.999), eps 1e-8, no weight decay. */
        public static Adam defaults() {
            return new Adam(1e-3, 0.9, 0.999, 1e-8, 0);
        }

        @Override
        public String canonical() {
            return "adam:lr=" + SpecFormat.number(learningRate) + ",beta1=" + SpecFormat.number(beta1) + ",beta2="
                    + SpecFormat.number(beta2) + ",eps=" + SpecFormat.number(epsilon) + ",weight_decay="
                    + SpecFormat.number(weightDecay);
        }

        @Override
        public String toString() {
            return canonical();
        }
    }

    /**
     * Stochastic gradient descent with momentum, as {@code torch.optim.SGD} without dampening or Nesterov.
     *
     * @param learningRate step size, positive
     * @param momentum     momentum factor in [0, 1)
     * @param weightDecay  L2 penalty added to the gradient, at least 0
     */
    record Sgd(double learningRate, double momentum, double weightDecay) implements OptimizerSpec {

        static final List<String> KEYS = List.of("lr", "momentum", "weight_decay");
        /** PyTorch 2's default, the one the libtorch greentrain runs on applies. */
        static final double DEFAULT_LEARNING_RATE = 0.001;

        public Sgd {
            positive("sgd lr", learningRate);
            unitInterval("sgd momentum", momentum);
            nonNegative("sgd weight_decay", weightDecay);
        }

        @Override
        public String canonical() {
            return "sgd:lr=" + SpecFormat.number(learningRate) + ",momentum=" + SpecFormat.number(momentum)
                    + ",weight_decay=" + SpecFormat.number(weightDecay);
        }

        @Override
        public String toString() {
            return canonical();
        }
    }

    /**
     * Parses {@code adam[:key=value,...]} or {@code sgd[:key=value,...]}; keys not given take PyTorch 2's defaults
     * (for SGD: lr 0.001, momentum 0, weight decay 0), so that a tuned space may supply the learning rate.
     *
     * @throws IllegalArgumentException for an unknown optimizer or key (listing the valid ones) or a bad value
     */
    static OptimizerSpec parse(String text) {
        String trimmed = text.trim();
        int colon = trimmed.indexOf(':');
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        Map<String, Double> values = new LinkedHashMap<>();
        if (colon >= 0 && !trimmed.substring(colon + 1).isBlank()) {
            for (String part : trimmed.substring(colon + 1).split(",", -1)) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("optimizer '" + trimmed + "': setting '" + part.trim()
                            + "' is not key=value");
                }
                String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT).replace('-', '_');
                String raw = part.substring(eq + 1).trim();
                try {
                    values.put(key, Double.parseDouble(raw));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("optimizer '" + trimmed + "': " + key
                            + " must be a number, got '" + raw + "'");
                }
            }
        }
        switch (name) {
            case "adam": {
                requireKnown(trimmed, "adam", values, Adam.KEYS);
                Adam d = Adam.defaults();
                return new Adam(values.getOrDefault("lr", d.learningRate()), values.getOrDefault("beta1", d.beta1()),
                        values.getOrDefault("beta2", d.beta2()), values.getOrDefault("eps", d.epsilon()),
                        values.getOrDefault("weight_decay", d.weightDecay()));
            }
            case "sgd": {
                requireKnown(trimmed, "sgd", values, Sgd.KEYS);
                return new Sgd(values.getOrDefault("lr", Sgd.DEFAULT_LEARNING_RATE),
                        values.getOrDefault("momentum", 0.0), values.getOrDefault("weight_decay", 0.0));
            }
            default:
                throw new IllegalArgumentException("unknown optimizer '" + name + "'; valid optimizers: adam, sgd");
        }
    }

    private static void requireKnown(String text, String name, Map<String, Double> values, List<String> keys) {
        for (String key : values.keySet()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("optimizer '" + text + "': unknown key '" + key
                        + "'; valid keys for " + name + ": " + String.join(", ", keys));
            }
        }
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }

    private static void nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + v);
        }
    }

    private static void unitInterval(String what, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), got " + v);
        }
    }
}
