package org.greentrain.train.profile;

import java.util.Locale;
import java.util.Set;

/**
 * The name rules that map profiler operators to layer types. Names are compared in a normal form that makes a
 * forward operator and its autograd node meet: namespace dropped, a {@code BackwardN} suffix dropped, underscores
 * dropped, lower case. {@code aten::max_pool2d_with_indices} and {@code MaxPool2DWithIndicesBackward0} both become
 * {@code maxpool2dwithindices}; {@code aten::_log_softmax} and {@code LogSoftmaxBackward0} both {@code logsoftmax}.
 *
 * <p>Only names that belong to one layer type are mapped here ({@link #layerType}): convolutions, {@code addmm},
 * {@code mm}, {@code linear} and the weight transpose {@code t} that {@code F.linear} issues, batch norm, ReLU and
 * its {@code threshold} form, other activations, pooling, dropout, and the loss functions. Generic arithmetic
 * ({@code mul}, {@code mean}, {@code gather}, ...) is mapped by where it runs instead (see {@link OperatorClassifier}).
 * Pure layout operators ({@link #isLayout}) are mapped only when nothing encloses them.
 */
final class OperatorNames {

    /** The prefix PyTorch gives the event of each autograd node it runs. */
    static final String AUTOGRAD_PREFIX = "autograd::engine::evaluate_function: ";

    private static final Set<String> LINEAR = Set.of("linear", "addmm", "mm", "matmul", "t", "addmmactivation",
            "mkldnnlinear");
    private static final Set<String> RELU = Set.of("relu", "threshold");
    private static final Set<String> ACTIVATION = Set.of("tanh", "sigmoid", "gelu", "elu", "selu", "silu", "mish",
            "softplus", "softsign", "leakyrelu", "hardtanh", "relu6", "hardsigmoid", "hardswish", "logsigmoid",
            "prelu", "rrelu", "celu");
    private static final Set<String> LOSS = Set.of("logsoftmax", "crossentropyloss", "binarycrossentropy",
            "binarycrossentropywithlogits");
    private static final Set<String> LAYOUT = Set.of("reshape", "view", "reshapealias", "unsafeview", "flatten",
            "transpose", "permute", "alias", "squeeze", "unsqueeze", "expand", "contiguous", "asstrided");

    private OperatorNames() {
    }

    /**
     * The normal form of an operator or autograd-node name: the part after {@link #AUTOGRAD_PREFIX}, without
     * namespace, {@code BackwardN} suffix and underscores, in lower case.
     */
    static String normalize(String name) {
        String n = name.startsWith(AUTOGRAD_PREFIX) ? name.substring(AUTOGRAD_PREFIX.length()) : name;
        int colons = n.lastIndexOf("::");
        if (colons >= 0) {
            n = n.substring(colons + 2);
        }
        int backward = n.lastIndexOf("Backward");
        if (backward > 0 && allDigits(n, backward + "Backward".length())) {
            n = n.substring(0, backward);
        }
        return n.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} is the event of an autograd node: one PyTorch runs during the backward pass. */
    static boolean isAutogradNode(String name) {
        if (name.startsWith(AUTOGRAD_PREFIX) || name.endsWith("AccumulateGrad")) {
            return true;
        }
        int backward = name.lastIndexOf("Backward");
        return backward > 0 && !name.startsWith("aten::") && allDigits(name, backward + "Backward".length());
    }

    /** Whether the normal form {@code n} is a gradient accumulation into a parameter. */
    static boolean isAccumulateGrad(String n) {
        return n.equals("accumulategrad");
    }

    /** The layer type a normalised name belongs to, or null when the name alone does not say. */
    static LayerType layerType(String n) {
        if (n.contains("conv") && !n.contains("convert")) {
            return LayerType.CONV;
        }
        if (LINEAR.contains(n)) {
            return LayerType.LINEAR;
        }
        if (n.contains("batchnorm")) {
            return LayerType.BATCHNORM;
        }
        if (RELU.contains(n)) {
            return LayerType.RELU;
        }
        if (ACTIVATION.contains(n)) {
            return LayerType.ACTIVATION;
        }
        if (n.contains("pool")) {
            return LayerType.POOL;
        }
        if (n.contains("dropout")) {
            return LayerType.DROPOUT;
        }
        if (LOSS.contains(n) || n.startsWith("nllloss") || n.endsWith("loss")) {
            return LayerType.LOSS;
        }
        return null;
    }

    /** Whether the normal form {@code n} is a pure layout operator: a view, transpose, reshape or flatten. */
    static boolean isLayout(String n) {
        return LAYOUT.contains(n);
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
