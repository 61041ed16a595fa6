package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.OptimizerSpec;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.junit.jupiter.api.Test;

class SpaceMappingTest {

    private static final ModelInput MNIST = ModelInput.of(TuningFixtures.mnist().test());

    private static SpaceMapping mapping(String space, String optimizer) {
        return SpaceMapping.of(SearchSpace.parse(space), ModelSpecs.parse("simplecnn"),
                TrainingConfig.defaults().withEpochs(3).withOptimizer(optimizer), MNIST);
    }

    @Test
    void thePapersFiveParametersBecomeAdamAndUnsetOnesKeepTheBase() {
        SpaceMapping m = mapping(TuningDesign.SPACE_5, "adam:lr=0.005");
        RunSettings run = m.settings(new Params(Map.of("lr", 0.02, "beta1", 0.46, "beta2", 0.92, "eps", 4.06e-8,
                "weight_decay", 0.04)));

        assertThat(run.config().optimizer()).isEqualTo(new OptimizerSpec.Adam(0.02, 0.46, 0.92, 4.06e-8, 0.04));
        assertThat(run.config().epochs()).isEqualTo(3);
        assertThat(run.spec().canonical()).isEqualTo("simplecnn:conv=2,linear=3,relu=on");

        RunSettings partial = mapping("beta1=0.1..1", "adam:lr=0.005").settings(new Params(Map.of("beta1", 1.0)));
        OptimizerSpec.Adam adam = (OptimizerSpec.Adam) partial.config().optimizer();
        assertThat(adam.learningRate()).isEqualTo(0.005);
        assertThat(adam.beta1()).as("beta1 = 1 is applied just below 1").isLessThan(1).isGreaterThan(0.9999999);
    }

    @Test
    void modelKeysBatchEpochsAndTheOptimizerFamilyAreSearchable() {
        SpaceMapping m = mapping("conv=1..4:int,batch=32..256:int,epochs=1..2:int,optimizer=adam|sgd,"
                + "lr=1e-4..0.1:log,momentum[optimizer=sgd]=0..0.99", "adam");
        RunSettings run = m.settings(new Params(Map.of("conv", 4L, "batch", 64L, "epochs", 2L, "optimizer", "sgd",
                "lr", 0.01, "momentum", 0.9)));

        assertThat(run.spec().canonical()).isEqualTo("simplecnn:conv=4,linear=3,relu=on");
        assertThat(run.config().batchSize()).isEqualTo(64);
        assertThat(run.config().epochs()).isEqualTo(2);
        assertThat(run.config().optimizer()).isEqualTo(new OptimizerSpec.Sgd(0.01, 0.9, 0));
        assertThat(m.validNames()).containsSubsequence("lr", "momentum", "optimizer", "batch", "epochs", "conv",
                "linear", "relu");
    }

    @Test
    void spacesThatCannotBecomeARunAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> mapping("lr=1e-4..0.1,dropout=0..0.5", "adam"))
                .hasMessageContaining("unknown parameter 'dropout'")
                .hasMessageContaining("lr, beta1, beta2, eps, weight_decay, momentum, optimizer, batch, epochs, conv, "
                        + "linear, relu");
        assertThatThrownBy(() -> mapping("batch=32..256", "adam"))
                .hasMessageContaining("'batch' must be an integer parameter, e.g. batch=64..1024:int");
        assertThatThrownBy(() -> mapping("momentum=0..0.9", "adam"))
                .hasMessageContaining("'momentum' is not a setting of the adam optimizer");
        assertThatThrownBy(() -> mapping("lr=0..0.1", "adam"))
                .hasMessageContaining("lower corner").hasMessageContaining("adam lr must be a positive number");
        assertThatThrownBy(() -> mapping("conv=1..6:int", "adam"))
                .hasMessageContaining("upper corner").hasMessageContaining("max-pool");
        assertThatThrownBy(() -> mapping("optimizer=adam|rmsprop", "adam"))
                .hasMessageContaining("'optimizer' must be a choice of adam and sgd");
    }
}
