package org.greentrain.train.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greentrain.data.ImageShape;
import org.greentrain.train.spec.Layer;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class FlopModelTest {

    private static final ModelInput MNIST = new ModelInput(784, new ImageShape(1, 28, 28), 10);

    @Test
    void countsTheLayersOfSimpleCnnByHand() {
        List<LayerCost> costs = FlopModel.of(ModelSpecs.parse("simplecnn:conv=1,linear=3").resolve(MNIST));

        assertThat(costs).extracting(LayerCost::type).containsExactly(LayerType.CONV, LayerType.BATCHNORM,
                LayerType.RELU, LayerType.POOL, LayerType.LAYOUT, LayerType.LINEAR, LayerType.LINEAR,
                LayerType.LINEAR);
        // conv 1->3, k3, 28x28 out: 2*1*9*3*784 multiply-adds + 3*784 bias adds
        assertCost(costs.get(0), 30, 2 * 9 * 3 * 784 + 3 * 784, 2 * 9 * 3 * 784 + 3 * 784);
        // batch norm over 3x28x28 elements, 8 FLOPs each; it has parameters, so backward is twice
        assertCost(costs.get(1), 6, 8 * 2352, 2 * 8 * 2352);
        assertCost(costs.get(2), 0, 2352, 2352);
        // max pool 2x2 to 3x14x14: 4 inputs per output
        assertCost(costs.get(3), 0, 4 * 588, 4 * 588);
        assertCost(costs.get(4), 0, 0, 0);
        // linear 588 -> 392: 2*588*392 + 392; not the first layer, so backward is twice
        assertCost(costs.get(5), 588 * 392 + 392, 2 * 588 * 392 + 392, 2 * (2 * 588 * 392 + 392));
        assertCost(costs.get(7), 196 * 10 + 10, 2 * 196 * 10 + 10, 2 * (2 * 196 * 10 + 10));
    }

    @Test
    void countsStridesAveragePoolingAndSigmoid() {
        List<LayerCost> costs = FlopModel.of(ModelSpecs.parse("cnn:conv=4k3s2p1-sigmoid-avg2").resolve(MNIST));

        Layer.Conv conv = (Layer.Conv) costs.get(0).layer();
        assertThat(conv.outHeight()).isEqualTo(14);
        // 4 x 14 x 14 = 784 outputs, each 9 multiply-adds and a bias
        assertCost(costs.get(0), 40, 2 * 9 * 784 + 784, 2 * 9 * 784 + 784);
        assertThat(costs.get(1).type()).isEqualTo(LayerType.ACTIVATION);
        assertCost(costs.get(1), 0, 4 * 784, 4 * 784);
        // average pool 2x2 to 4x7x7
        assertCost(costs.get(2), 0, 4 * 196, 4 * 196);
    }

    @Test
    void countsTanhAndDropoutOfAnMlp() {
        List<LayerCost> costs = FlopModel.of(ModelSpecs.parse("mlp:hidden=4,activation=tanh,dropout=0.5")
                .resolve(new ModelInput(3, null, 2)));

        assertThat(costs).extracting(LayerCost::type).containsExactly(LayerType.LINEAR, LayerType.ACTIVATION,
                LayerType.DROPOUT, LayerType.LINEAR);
        // the first layer computes no input gradient: backward once its forward
        assertCost(costs.get(0), 16, 2 * 3 * 4 + 4, 2 * 3 * 4 + 4);
        assertCost(costs.get(1), 0, 5 * 4, 5 * 4);
        assertCost(costs.get(2), 0, 2 * 4, 2 * 4);
        assertCost(costs.get(3), 10, 2 * 4 * 2 + 2, 2 * (2 * 4 * 2 + 2));
    }

    private static void assertCost(LayerCost cost, long parameters, long forward, long backward) {
        assertThat(cost.parameters()).as("parameters of " + cost.layer()).isEqualTo(parameters);
        assertThat(cost.forwardFlopsPerSample()).as("forward of " + cost.layer()).isEqualTo(forward);
        assertThat(cost.backwardFlopsPerSample()).as("backward of " + cost.layer()).isEqualTo(backward);
    }
}
