package org.greentrain.train.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fused updates against a plain re-statement of PyTorch's rules, on the loss {@code sum(c * w^2) / 2} whose
 * gradient is {@code c * w}.
 */
class ParameterUpdaterTest {

    private static final float[] START = {0.5f, -1.0f, 2.0f};
    private static final float[] C = {1.0f, 3.0f, 0.25f};
    private static final int STEPS = 5;

    @Test
    void adamFollowsTorchOptimAdamIncludingBeta2AndWeightDecay() {
        OptimizerSpec.Adam adam = new OptimizerSpec.Adam(0.1, 0.8, 0.7, 1e-3, 0.05);

        float[] engine = run(adam);

        double[] w = toDouble(START);
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        for (int t = 1; t <= STEPS; t++) {
            for (int i = 0; i < w.length; i++) {
                double g = C[i] * w[i] + adam.weightDecay() * w[i];
                m[i] = adam.beta1() * m[i] + (1 - adam.beta1()) * g;
                v[i] = adam.beta2() * v[i] + (1 - adam.beta2()) * g * g;
                double mHat = m[i] / (1 - Math.pow(adam.beta1(), t));
                double vHat = v[i] / (1 - Math.pow(adam.beta2(), t));
                w[i] -= adam.learningRate() * mHat / (Math.sqrt(vHat) + adam.epsilon());
            }
        }
        for (int i = 0; i < w.length; i++) {
            assertThat((double) engine[i]).isCloseTo(w[i], within(1e-5));
        }
    }

    @Test
    void beta2ChangesTheTrajectory() {
        float[] slow = run(new OptimizerSpec.Adam(0.1, 0.9, 0.999, 1e-8, 0));
        float[] fast = run(new OptimizerSpec.Adam(0.1, 0.9, 0.5, 1e-8, 0));

        assertThat(fast).isNotEqualTo(slow);
    }

    @Test
    void sgdWithMomentumFollowsTorchOptimSgd() {
        OptimizerSpec.Sgd sgd = new OptimizerSpec.Sgd(0.1, 0.9, 0.01);

        float[] engine = run(sgd);

        double[] w = toDouble(START);
        double[] buf = new double[w.length];
        for (int t = 1; t <= STEPS; t++) {
            for (int i = 0; i < w.length; i++) {
                double g = C[i] * w[i] + sgd.weightDecay() * w[i];
                buf[i] = t == 1 ? g : sgd.momentum() * buf[i] + g;
                w[i] -= sgd.learningRate() * buf[i];
            }
        }
        for (int i = 0; i < w.length; i++) {
            assertThat((double) engine[i]).isCloseTo(w[i], within(1e-5));
        }
    }

    @Test
    void plainSgdWithoutMomentum() {
        float[] engine = run(new OptimizerSpec.Sgd(0.5, 0, 0));

        for (int i = 0; i < START.length; i++) {
            assertThat((double) engine[i]).isCloseTo(START[i] * Math.pow(1 - 0.5 * C[i], STEPS), within(1e-5));
        }
    }

    private static float[] run(OptimizerSpec spec) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray w = manager.create(START);
            w.setRequiresGradient(true);
            Parameter parameter = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).optArray(w)
                    .build();
            NDArray c = manager.create(C);
            try (ParameterUpdater updater = new ParameterUpdater(spec, List.of(parameter), manager)) {
                for (int t = 0; t < STEPS; t++) {
                    try (NDManager step = manager.newSubManager();
                         GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray loss = w.mul(w).mul(c).sum().div(2);
                        loss.attach(step);
                        collector.backward(loss);
                    }
                    updater.step();
                }
            }
            return w.toFloatArray();
        }
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
