package org.greentrain.train.profile;

import org.greentrain.train.spec.Activation;
import org.greentrain.train.spec.Layer;

/**
 * What a slice of a training step's time is spent on: a kind of network layer, or one of the parts of a step that
 * belong to no layer. The first seven correspond to the {@link Layer} kinds of an architecture; the rest are the loss,
 * the optimizer update, moving batches, recording training metrics, operators no rule maps, and time no operator
 * covers.
 */
public enum LayerType {
    /** Convolutions. */
    CONV("conv", true),
    /** Fully connected layers, including the weight transpose {@code F.linear} issues. */
    LINEAR("linear", true),
    /** Batch normalisation. */
    BATCHNORM("batchnorm", true),
    /** ReLU activations. */
    RELU("relu", false),
    /** Other element-wise activations: tanh, sigmoid, GELU and the like. */
    ACTIVATION("activation", false),
    /** Max and average pooling. */
    POOL("pool", false),
    /** Dropout. */
    DROPOUT("dropout", false),
    /** Views, transposes and flattening between layers: moves no arithmetic, often no data. */
    LAYOUT("layout", false),
    /** The loss: log-softmax, gathering the label's log-likelihood, the mean, and their gradients. */
    LOSS("loss", false),
    /** The optimizer's parameter update and the clearing of gradients. */
    OPTIMIZER("optimizer", false),
    /** Gathering the batch rows from the whole data set in engine memory. */
    DATA("data", false),
    /** Recording the batch loss and correct count, and the periodic divergence check. */
    METRICS("metrics", false),
    /** Operators no rule maps; they are listed by name. */
    OTHER("other", false),
    /** Time inside the interval that no operator covers: Java, JNI, framework overhead and the stage markers. */
    UNATTRIBUTED("unattributed", false);

    private final String id;
    private final boolean weighted;

    LayerType(String id, boolean weighted) {
        this.id = id;
        this.weighted = weighted;
    }

    /** The name used in tables and JSON. */
    public String id() {
        return id;
    }

    /** Whether layers of this type have trainable parameters (and so gradients to accumulate). */
    public boolean weighted() {
        return weighted;
    }

    /** The type of an architecture layer. */
    public static LayerType of(Layer layer) {
        if (layer instanceof Layer.Conv) {
            return CONV;
        }
        if (layer instanceof Layer.Dense) {
            return LINEAR;
        }
        if (layer instanceof Layer.BatchNorm) {
            return BATCHNORM;
        }
        if (layer instanceof Layer.Act a) {
            return a.activation() == Activation.RELU ? RELU : ACTIVATION;
        }
        if (layer instanceof Layer.Pool) {
            return POOL;
        }
        if (layer instanceof Layer.Dropout) {
            return DROPOUT;
        }
        return LAYOUT;
    }
}
