package org.greentrain.train.trainer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one optimizer step to every trainable parameter from its accumulated gradient, then clears the gradient.
 * Holds the optimizer state (Adam moments, SGD momentum buffers) for the life of a training run, so a run that
 * switches data mid-way (forgetting events) keeps it. Uses the engine's fused update kernels: one native call per
 * parameter per step.
 *
 * <p>DJL's fused Adam kernel computes {@code w -= c * m / (sqrt(v) + eps')}; passing {@code c = lr sqrt(1-b2^t) /
 * (1-b1^t)} and {@code eps' = eps sqrt(1-b2^t)} makes that exactly PyTorch's {@code w -= lr / (1-b1^t) * m /
 * (sqrt(v / (1-b2^t)) + eps)}. The fused SGD kernel keeps {@code lr}-scaled momentum, which equals PyTorch's rule for a
 * constant learning rate.
 */
final class ParameterUpdater implements AutoCloseable {

    private final OptimizerSpec spec;
    private final List<NDArray> weights = new ArrayList<>();
    private final List<NDArray[]> states = new ArrayList<>();
    private final NDManager stateManager;
    private long steps;

    ParameterUpdater(OptimizerSpec spec, List<Parameter> parameters, NDManager parent) {
        this.spec = spec;
        this.stateManager = parent.newSubManager();
        for (Parameter p : parameters) {
            NDArray w = p.getArray();
            weights.add(w);
            if (spec instanceof OptimizerSpec.Adam) {
                states.add(new NDArray[] {stateManager.zeros(w.getShape()), stateManager.zeros(w.getShape())});
            } else if (((OptimizerSpec.Sgd) spec).momentum() != 0) {
                states.add(new NDArray[] {stateManager.zeros(w.getShape())});
            } else {
                states.add(new NDArray[0]);
            }
        }
    }

    /** Updates every parameter from its gradient and zeroes the gradients. */
    void step() {
        steps++;
        if (spec instanceof OptimizerSpec.Adam adam) {
            double correction2 = Math.sqrt(1 - Math.pow(adam.beta2(), steps));
            float rate = (float) adam.learningRate();
            float corrected = (float) (adam.learningRate() * correction2 / (1 - Math.pow(adam.beta1(), steps)));
            float epsilon = (float) (adam.epsilon() * correction2);
            for (int i = 0; i < weights.size(); i++) {
                NDArray w = weights.get(i);
                NDArray[] s = states.get(i);
                try (NDArray grad = w.getGradient()) {
                    w.getNDArrayInternal().adamUpdate(new NDList(w, grad, s[0], s[1]), new NDList(w), rate, corrected,
                            (float) adam.weightDecay(), 1f, -1f, (float) adam.beta1(), (float) adam.beta2(), epsilon,
                            false, false);
                }
            }
        } else {
            OptimizerSpec.Sgd sgd = (OptimizerSpec.Sgd) spec;
            for (int i = 0; i < weights.size(); i++) {
                NDArray w = weights.get(i);
                NDArray[] s = states.get(i);
                try (NDArray grad = w.getGradient()) {
                    NDList inputs = s.length == 0 ? new NDList(w, grad) : new NDList(w, grad, s[0]);
                    w.getNDArrayInternal().sgdUpdate(inputs, new NDList(w), (float) sgd.learningRate(),
                            (float) sgd.weightDecay(), 1f, -1f, (float) sgd.momentum(), false);
                }
            }
        }
    }

    @Override
    public void close() {
        stateManager.close();
    }
}
