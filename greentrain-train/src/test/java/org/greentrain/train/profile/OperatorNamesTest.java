package org.greentrain.train.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperatorNamesTest {

    @Test
    void forwardOperatorsAndTheirAutogradNodesMeetInNormalForm() {
        assertThat(OperatorNames.normalize("aten::max_pool2d_with_indices"))
                .isEqualTo(OperatorNames.normalize("MaxPool2DWithIndicesBackward0")).isEqualTo("maxpool2dwithindices");
        assertThat(OperatorNames.normalize("aten::_log_softmax"))
                .isEqualTo(OperatorNames.normalize("autograd::engine::evaluate_function: LogSoftmaxBackward0"))
                .isEqualTo("logsoftmax");
        assertThat(OperatorNames.normalize("aten::native_batch_norm")).isEqualTo("nativebatchnorm");
        assertThat(OperatorNames.normalize("SqueezeBackward1")).isEqualTo("squeeze");
        assertThat(OperatorNames.normalize("autograd::engine::evaluate_function: torch::autograd::AccumulateGrad"))
                .isEqualTo("accumulategrad");
        assertThat(OperatorNames.normalize("aten::convolution_backward")).isEqualTo("convolutionbackward");
    }

    @Test
    void onlyNamesOfOneLayerTypeAreMapped() {
        assertThat(OperatorNames.layerType("mkldnnconvolution")).isEqualTo(LayerType.CONV);
        assertThat(OperatorNames.layerType("addmm")).isEqualTo(LayerType.LINEAR);
        assertThat(OperatorNames.layerType("t")).isEqualTo(LayerType.LINEAR);
        assertThat(OperatorNames.layerType("threshold")).isEqualTo(LayerType.RELU);
        assertThat(OperatorNames.layerType("leakyrelu")).isEqualTo(LayerType.ACTIVATION);
        assertThat(OperatorNames.layerType("nativedropout")).isEqualTo(LayerType.DROPOUT);
        assertThat(OperatorNames.layerType("nlllossnd")).isEqualTo(LayerType.LOSS);
        assertThat(OperatorNames.layerType("upsamplebilinear2d")).isNull();
        assertThat(OperatorNames.layerType("convertindicesfromcootocsr")).isNull();
        assertThat(OperatorNames.layerType("mul")).isNull();
        assertThat(OperatorNames.isLayout("transpose")).isTrue();
        assertThat(OperatorNames.isLayout("mul")).isFalse();
    }

    @Test
    void recognisesAutogradNodesButNotBackwardKernels() {
        assertThat(OperatorNames.isAutogradNode("autograd::engine::evaluate_function: ReluBackward0")).isTrue();
        assertThat(OperatorNames.isAutogradNode("ReluBackward0")).isTrue();
        assertThat(OperatorNames.isAutogradNode("torch::autograd::AccumulateGrad")).isTrue();
        assertThat(OperatorNames.isAutogradNode("aten::threshold_backward")).isFalse();
        assertThat(OperatorNames.isAutogradNode("aten::relu")).isFalse();
    }
}
