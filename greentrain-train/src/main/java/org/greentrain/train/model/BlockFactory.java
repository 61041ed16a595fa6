package org.greentrain.train.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.Layer;
import org.greentrain.train.spec.Pooling;

/**
 * Builds the DJL block of an {@link Architecture}, with PyTorch's default initialisation so that results are
 * comparable with PyTorch runs: {@code Linear} and {@code Conv2d} weights use kaiming-uniform with {@code a = sqrt(5)},
 * which is {@code U(+-1/sqrt(fan_in))}, and their biases use the same bound; batch norm starts at scale 1, shift 0,
 * running mean 0 and variance 1 with PyTorch's momentum 0.1 and epsilon 1e-5. Each weight and bias draws from its own
 * seed derived from the model seed and the layer position.
 */
final class BlockFactory {

    private BlockFactory() {
    }

    static SequentialBlock build(Architecture architecture, long seed) {
        SequentialBlock net = new SequentialBlock();
        int index = 0;
        for (Layer layer : architecture.layers()) {
            net.add(block(layer, seed, index++));
        }
        return net;
    }

    private static Block block(Layer layer, long seed, int index) {
        if (layer instanceof Layer.Dense d) {
            Block linear = Linear.builder().setUnits(d.out()).build();
            return initialised(linear, 1.0 / Math.sqrt(d.in()), seed, index);
        }
        if (layer instanceof Layer.Conv c) {
            Block conv = Conv2d.builder()
                    .setFilters(c.outChannels())
                    .setKernelShape(new Shape(c.kernel(), c.kernel()))
                    .optStride(new Shape(c.stride(), c.stride()))
                    .optPadding(new Shape(c.padding(), c.padding()))
                    .build();
            return initialised(conv, 1.0 / Math.sqrt((double) c.inChannels() * c.kernel() * c.kernel()), seed, index);
        }
        if (layer instanceof Layer.BatchNorm) {
            return BatchNorm.builder().optEpsilon(1e-5f).optMomentum(0.9f).build();
        }
        if (layer instanceof Layer.Act a) {
            switch (a.activation()) {
                case RELU:
                    return Activation.reluBlock();
                case TANH:
                    return Activation.tanhBlock();
                case SIGMOID:
                    return Activation.sigmoidBlock();
                default:
                    throw new IllegalArgumentException("no block for activation " + a.activation());
            }
        }
        if (layer instanceof Layer.Dropout d) {
            return Dropout.builder().optRate((float) d.rate()).build();
        }
        if (layer instanceof Layer.Pool p) {
            Shape window = new Shape(p.pooling().size(), p.pooling().size());
            return p.pooling().kind() == Pooling.Kind.MAX
                    ? Pool.maxPool2dBlock(window, window)
                    : Pool.avgPool2dBlock(window, window);
        }
        if (layer instanceof Layer.Flatten) {
            return Blocks.batchFlattenBlock();
        }
        throw new IllegalArgumentException("no block for layer " + layer);
    }

    private static Block initialised(Block block, double bound, long seed, int index) {
        block.setInitializer(new UniformInitializer(bound, Seeds.mix(seed, 2L * index)), Parameter.Type.WEIGHT);
        block.setInitializer(new UniformInitializer(bound, Seeds.mix(seed, 2L * index + 1)), Parameter.Type.BIAS);
        return block;
    }
}
