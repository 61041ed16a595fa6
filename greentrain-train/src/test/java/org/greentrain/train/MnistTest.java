package org.greentrain.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.greentrain.data.Dataset;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;
import org.junit.jupiter.api.Test;

/** SimpleCNN on real MNIST digits from the data module's built-in loader. */
class MnistTest {

    @Test
    void simpleCnnLearnsTwoThousandDigitsInOneEpoch() {
        Dataset train = Fixtures.head(Fixtures.mnist().train(), 2000);
        Dataset test = Fixtures.head(Fixtures.mnist().test(), 1000);

        TrainingResult result = new Trainer(Fixtures.meter()).train(TrainingRequest.of(
                        ModelSpecs.parse("simplecnn:conv=2,linear=3,relu=on"), train, test)
                .withConfig(TrainingConfig.defaults().withEpochs(1).withBatchSize(32)));

        assertThat(result.parameterCount()).isEqualTo(252_568);
        EpochRecord epoch = result.lastEpoch();
        assertThat(epoch.trainRows()).isEqualTo(2000);
        assertThat(result.test().accuracy()).isGreaterThan(0.80);
        assertThat(epoch.testAccuracy()).isEqualTo(result.test().accuracy());
        assertThat(result.test().classes()).hasSize(10);
    }
}
