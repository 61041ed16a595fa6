package org.greentrain.train.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.greentrain.train.Fixtures;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final Dataset BLOBS = Fixtures.blobs("blobs", new int[] {60, 60, 60}, 2, 6, 1);
    private static final Dataset BLOBS_TEST = Fixtures.blobs("blobs-test", new int[] {20, 20, 20}, 2, 6, 2);
    private static final Dataset TABULAR = Fixtures.blobs("tabular", new int[] {150, 90}, 57, 0.5, 3);

    private final Trainer trainer = new Trainer(Fixtures.meter());

    @Test
    void aTinyMlpSeparatesBlobs() {
        TrainingResult result = trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=16"), BLOBS, BLOBS_TEST)
                .withConfig(config().withEpochs(20).withOptimizer("adam:lr=0.01")));

        assertThat(result.test().accuracy()).isEqualTo(1.0);
        assertThat(result.lastEpoch().testAccuracy()).isEqualTo(1.0);
        assertThat(result.lastEpoch().trainAccuracy()).isEqualTo(1.0);
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.parameterCount()).isEqualTo(2 * 16 + 16 + 16 * 3 + 3);
        assertThat(result.test().confusion().total()).isEqualTo(60);
    }

    @Test
    void sgdWithMomentumTrainsToo() {
        TrainingResult result = trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=16"), BLOBS, BLOBS_TEST)
                .withConfig(config().withEpochs(10).withOptimizer("sgd:lr=0.05,momentum=0.9")));

        assertThat(result.test().accuracy()).isGreaterThan(0.95);
    }

    @Test
    void theSameSeedGivesTheSameLossesTwice() {
        TrainingRequest request = TrainingRequest.of(ModelSpecs.parse("mlp-paper"), TABULAR, null)
                .withConfig(config().withEpochs(3).withSeed(7));

        List<Double> first = losses(trainer.train(request));
        List<Double> second = losses(trainer.train(request));
        List<Double> otherShuffle = losses(trainer.train(request.withConfig(request.config().withSeeds(7, 8))));
        List<Double> otherInit = losses(trainer.train(request.withConfig(request.config().withSeeds(8, 7))));

        assertThat(second).isEqualTo(first);
        assertThat(otherShuffle).isNotEqualTo(first);
        assertThat(otherInit).isNotEqualTo(first);
    }

    @Test
    void beta2IsAppliedAndChangesTheTrajectory() {
        TrainingRequest request = TrainingRequest.of(ModelSpecs.parse("mlp:hidden=8"), TABULAR, null);

        List<Double> defaultBeta2 = losses(trainer.train(request.withConfig(config().withEpochs(2)
                .withOptimizer("adam:beta2=0.999"))));
        List<Double> lowBeta2 = losses(trainer.train(request.withConfig(config().withEpochs(2)
                .withOptimizer("adam:beta2=0.8"))));

        assertThat(lowBeta2).isNotEqualTo(defaultBeta2);
    }

    @Test
    void aDivergingLossStopsWithOneLineNamingEpochAndBatch() {
        TrainingRequest request = TrainingRequest.of(ModelSpecs.parse("mlp:hidden=16-16"), TABULAR, null)
                .withConfig(config().withEpochs(5).withOptimizer("sgd:lr=1e6").withLossCheckInterval(4));

        assertThatThrownBy(() -> trainer.train(request))
                .isInstanceOf(NonFiniteLossException.class)
                .hasMessageMatching("training diverged: the loss became (NaN|Infinity|-Infinity) at epoch \\d+, batch "
                        + "\\d+ of 8; lower the learning rate \\(now 1E\\+6\\), e.g. to 100000")
                .satisfies(e -> {
                    NonFiniteLossException late = (NonFiniteLossException) e;
                    NonFiniteLossException everyBatch = catchNonFinite(request.withConfig(
                            request.config().withLossCheckInterval(1)));
                    // read back every 4 batches, the first bad batch is still the one named
                    assertThat(late.epoch()).isEqualTo(everyBatch.epoch());
                    assertThat(late.batch()).isEqualTo(everyBatch.batch());
                });
    }

    private NonFiniteLossException catchNonFinite(TrainingRequest request) {
        try {
            trainer.train(request);
        } catch (NonFiniteLossException e) {
            return e;
        }
        throw new AssertionError("training did not diverge");
    }

    @Test
    void aSpecThatDoesNotFitIsRejectedBeforeAnyStep() {
        Dataset images = new Dataset("tiny-images", new float[4 * 784], 4, 784, new int[] {0, 1, 0, 1},
                List.of("a", "b"), pixelNames(784), null, new ImageShape(1, 28, 28));
        AtomicInteger batches = new AtomicInteger();

        assertThatThrownBy(() -> trainer.train(TrainingRequest.of(ModelSpecs.parse("simplecnn:conv=6"), images, null)
                .withListener(new TrainingListener() {
                    @Override
                    public void onBatch(BatchProgress progress) {
                        batches.incrementAndGet();
                    }
                })))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("simplecnn:conv=6,linear=3,relu=on does not fit 1x28x28: conv block 5 max-pool would reduce"
                        + " 1x1 to 0x0");
        assertThat(batches).hasValue(0);
    }

    @Test
    void unknownOptimizerKeysListTheValidOnes() {
        assertThatThrownBy(() -> config().withOptimizer("adam:lr=0.01,beta3=0.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("optimizer 'adam:lr=0.01,beta3=0.5': unknown key 'beta3'; valid keys for adam: lr, beta1, "
                        + "beta2, eps, weight_decay");
        assertThatThrownBy(() -> config().withOptimizer("sgd:lr=0.1,nesterov=1"))
                .hasMessageEndingWith("unknown key 'nesterov'; valid keys for sgd: lr, momentum, weight_decay");
        assertThatThrownBy(() -> config().withOptimizer("rmsprop"))
                .hasMessage("unknown optimizer 'rmsprop'; valid optimizers: adam, sgd");
        assertThatThrownBy(() -> config().withOptimizer("adam:beta1=1"))
                .hasMessage("adam beta1 must be in [0, 1), got 1.0");
        assertThat(config().withOptimizer("sgd:momentum=0.9").optimizer().canonical())
                .as("PyTorch 2's default learning rate").startsWith("sgd:lr=0.001,momentum=0.9");
    }

    @Test
    void optimizerStringsHaveACanonicalForm() {
        assertThat(OptimizerSpec.parse("adam").canonical())
                .isEqualTo("adam:lr=0.001,beta1=0.9,beta2=0.999,eps=1e-8,weight_decay=0");
        assertThat(OptimizerSpec.parse("SGD:lr=0.01,momentum=0.9,weight-decay=1e-4").canonical())
                .isEqualTo("sgd:lr=0.01,momentum=0.9,weight_decay=0.0001");
        OptimizerSpec adam = OptimizerSpec.parse("adam:lr=0.02,beta1=0.5,beta2=0.9,eps=1e-7,weight_decay=0.01");
        assertThat(OptimizerSpec.parse(adam.canonical())).isEqualTo(adam);
    }

    @Test
    void earlyStoppingEndsTheRunWhenTheEvaluationSetStopsImproving() {
        // trained on the blobs, evaluated on the same rows with every label shifted: the better the model, the worse
        // the evaluation loss, so it never improves after the first epoch
        TrainingResult result = trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=16"), BLOBS,
                        Fixtures.shiftedLabels(BLOBS))
                .withConfig(config().withEpochs(10).withOptimizer("adam:lr=0.01")
                        .withEarlyStopping(EarlyStopping.parse("loss:2"))));

        assertThat(result.stopReason()).isEqualTo(StopReason.EARLY_STOPPED);
        assertThat(result.epochs()).hasSize(3);
    }

    @Test
    void earlyStoppingParsesAndJudgesImprovement() {
        EarlyStopping rule = EarlyStopping.parse("accuracy:2:0.01");
        EarlyStopper stopper = new EarlyStopper(rule);

        assertThat(rule.canonical()).isEqualTo("accuracy:2:0.01");
        assertThat(stopper.shouldStop(9, 0.50)).isFalse();
        assertThat(stopper.shouldStop(9, 0.505)).isFalse();
        assertThat(stopper.shouldStop(9, 0.60)).isFalse();
        assertThat(stopper.shouldStop(9, 0.60)).isFalse();
        assertThat(stopper.shouldStop(9, 0.55)).isTrue();
        assertThatThrownBy(() -> EarlyStopping.parse("f1:3"))
                .hasMessage("early stopping must be loss:PATIENCE or accuracy:PATIENCE[:MIN_DELTA], e.g. loss:5; got "
                        + "'f1:3'");
        assertThatThrownBy(() -> EarlyStopping.parse("loss:0"))
                .hasMessage("early-stopping patience must be at least 1 epoch, got 0");
    }

    @Test
    void everyEpochIsRecordedWithItsCostAndTheListenerSeesEveryStep() {
        List<BatchProgress> steps = new ArrayList<>();
        List<EpochRecord> epochs = new ArrayList<>();
        TrainingResult result = trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=8"), BLOBS, BLOBS_TEST)
                .withConfig(config().withEpochs(3).withBatchSize(50))
                .withListener(new TrainingListener() {
                    @Override
                    public void onBatch(BatchProgress progress) {
                        steps.add(progress);
                    }

                    @Override
                    public void onEpoch(EpochRecord record) {
                        epochs.add(record);
                    }
                }));

        assertThat(steps).hasSize(3 * 4);
        assertThat(steps.get(5)).isEqualTo(new BatchProgress(2, 3, 2, 4, "train"));
        assertThat(epochs).isEqualTo(result.epochs());
        for (EpochRecord e : result.epochs()) {
            assertThat(e.trainRows()).isEqualTo(180);
            assertThat(e.trainSeconds()).isPositive();
            assertThat(e.samplesPerSecond()).isPositive();
            assertThat(e.energyJoules()).isPositive().isGreaterThanOrEqualTo(e.trainEnergyJoules());
            assertThat(e.energyLowerJoules()).isLessThanOrEqualTo(e.energyJoules());
            assertThat(e.energyProvenance()).isEqualTo("constant-model");
            assertThat(e.testAccuracy()).isBetween(0.0, 1.0);
        }
        assertThat(result.measurement().phase("epoch-2")).isPresent();
        assertThat(result.measurement().phase("final-evaluation")).isPresent();
        assertThat(result.measurement().energyJoules())
                .isGreaterThan(result.epochs().stream().mapToDouble(EpochRecord::energyJoules).sum());
        assertThat(result.config().initSeed()).isEqualTo(1234);
        assertThat(result.environment().libraries()).containsKeys("djl", "pytorch");
    }

    @Test
    void balancedClassWeightsFollowThePaperFormula() {
        assertThat(ClassWeighting.parse("balanced").weights(new int[] {150, 90, 0}))
                .containsExactly(240f / (3 * 150), 240f / (3 * 90), 0f);
        assertThat(ClassWeighting.parse("none").weights(new int[] {1, 2})).isNull();
        assertThat(ClassWeighting.parse("1,2.5").weights(new int[] {1, 2})).containsExactly(1f, 2.5f);
        assertThat(ClassWeighting.parse("1,2.5").canonical()).isEqualTo("1,2.5");
        assertThatThrownBy(() -> ClassWeighting.parse("1,2.5").weights(new int[] {1, 2, 3}))
                .hasMessage("2 class weights given for 3 classes");
        assertThatThrownBy(() -> ClassWeighting.parse("heavy"))
                .hasMessage("class weights must be none, balanced or numbers like 1,2.5,1; got 'heavy'");

        TrainingResult weighted = trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=8"), TABULAR, null)
                .withConfig(config().withEpochs(1).withClassWeights(ClassWeighting.BALANCED)));
        assertThat(weighted.lastEpoch().trainLoss()).isFinite();
    }

    @Test
    void aLastBatchOfOneIsDroppedWhenTheNetworkHasBatchNorm() {
        Dataset rows65 = Fixtures.blobs("odd", new int[] {33, 32}, 4, 3, 5);

        TrainingResult result = trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=8,batchnorm=on"),
                rows65, null).withConfig(config().withEpochs(1).withBatchSize(32)));

        assertThat(result.lastEpoch().trainRows()).isEqualTo(64);
    }

    @Test
    void impossibleRequestsAreRejectedUpFront() {
        Dataset otherColumns = Fixtures.blobs("wide", new int[] {5, 5, 5}, 3, 6, 1);
        assertThatThrownBy(() -> trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=4"), BLOBS,
                otherColumns)))
                .hasMessage("dataset 'wide' has 3 features, but the model takes 2 features");
        assertThatThrownBy(() -> trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=4"), BLOBS, null)
                .withConfig(config().withEarlyStopping(EarlyStopping.parse("loss:3")))))
                .hasMessage("early stopping watches the test set: give a test set or drop early stopping");
        assertThatThrownBy(() -> trainer.train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=4"), BLOBS, null)
                .withConfig(config().withEpochs(3)).withDataPlan(new DataPlan.ForgettingEvents(0.5, 3))))
                .hasMessage("forgetting events pre-train 3 epochs but the run has 3: use fewer initial epochs or more "
                        + "epochs");
        assertThatThrownBy(() -> trainer.train(TrainingRequest.of(ModelSpecs.parse("simplecnn"), BLOBS, null)))
                .hasMessage("simplecnn:conv=2,linear=3,relu=on needs image input (CxHxW), but the data is tabular with"
                        + " 2 features");
        assertThatThrownBy(() -> new DataPlan.ForgettingEvents(0, 1))
                .hasMessage("keep fraction must be in (0, 1], got 0.0");
    }

    static TrainingConfig config() {
        return TrainingConfig.defaults().withBatchSize(32);
    }

    private static List<Double> losses(TrainingResult result) {
        return result.epochs().stream().map(EpochRecord::trainLoss).toList();
    }

    private static List<String> pixelNames(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("p" + i);
        }
        return names;
    }
}
