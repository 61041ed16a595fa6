package org.greentrain.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greentrain.cli.common.UsageException;
import org.junit.jupiter.api.Test;

class OptimizerTextTest {

    @Test
    void addsTheLearningRateToAnyForm() {
        assertThat(OptimizerText.withLearningRate("adam", 0.005)).isEqualTo("adam:lr=0.005");
        assertThat(OptimizerText.withLearningRate("adam:", 1e-3)).isEqualTo("adam:lr=0.001");
        assertThat(OptimizerText.withLearningRate("sgd:momentum=0.9", 0.1)).isEqualTo("sgd:momentum=0.9,lr=0.1");
        assertThat(OptimizerText.withLearningRate(" adam:beta2=0.99 ", null)).isEqualTo("adam:beta2=0.99");
    }

    @Test
    void refusesALearningRateGivenTwice() {
        assertThatThrownBy(() -> OptimizerText.withLearningRate("adam:beta1=0.8, LR=0.1", 0.01))
                .isInstanceOf(UsageException.class).hasMessageContaining("given twice");
    }
}
