package org.greentrain.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The accuracy target on full MNIST: SimpleCNN (M=2, N=3), batch 512, Adam lr 0.005, 2 epochs, above 97% on the
 * 10,000 test digits. Too slow for every build (about 10 s on two cores); run it with
 * {@code mvn -pl greentrain-train -am test -Dtest=MnistAccuracyTest -Dgreentrain.slowTests=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "greentrain.slowTests", matches = "true")
class MnistAccuracyTest {

    @Test
    void simpleCnnPasses97PercentInTwoEpochs() {
        TrainingResult result = new Trainer(Fixtures.meter()).train(TrainingRequest.of(
                        ModelSpecs.parse("simplecnn:conv=2,linear=3,relu=on"), Fixtures.mnist().train(),
                        Fixtures.mnist().test())
                .withConfig(TrainingConfig.defaults().withEpochs(2).withOptimizer("adam:lr=0.005")
                        .withEvaluateEachEpoch(false)));

        assertThat(result.test().accuracy()).isGreaterThan(0.97);
    }
}
