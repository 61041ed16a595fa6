package org.greentrain.bench.train;

import java.util.Locale;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.energy.Measurement;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;

/**
 * The MNIST accuracy check: SimpleCNN (M=2, N=3), batch 512, on the tuned optimizer setting, trained on the 60,000
 * official training images and tested on the 10,000 test images after every epoch, with the run's time and joules.
 *
 * <p>Usage: {@code MnistAccuracyCheck EPOCHS OPTIMIZER THREADS}, e.g. {@code 2 adam:lr=0.005 2}.
 */
public final class MnistAccuracyCheck {

    private MnistAccuracyCheck() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = Integer.parseInt(args[0]);
        String optimizer = args[1];
        String engine = EngineThreads.use(Integer.parseInt(args[2]));
        LoadedDataset mnist = BuiltinDatasets.load("mnist");
        EnergyMeter meter = EnergyMeter.discover(MeterConfig.defaults().withGpu(false));
        TrainingResult r = new Trainer(meter).train(TrainingRequest.of(
                        ModelSpecs.parse("simplecnn:conv=2,linear=3,relu=on"), mnist.train(), mnist.test())
                .withConfig(TrainingConfig.defaults().withEpochs(epochs).withBatchSize(512).withOptimizer(optimizer)));
        System.out.println("mnist-check " + engine + " optimizer=" + r.config().optimizer().canonical() + " seed="
                + r.config().initSeed());
        for (EpochRecord e : r.epochs()) {
            System.out.printf(Locale.ROOT, "mnist-epoch epoch=%d train_loss=%.4f test_accuracy=%.4f seconds=%.2f "
                    + "joules=%.1f%n", e.epoch(), e.trainLoss(), e.testAccuracy(), e.epochSeconds(), e.energyJoules());
        }
        Measurement m = r.measurement();
        System.out.printf(Locale.ROOT, "mnist-result epochs=%d test_accuracy=%.4f macro_f1=%.4f seconds=%.1f "
                        + "joules=%.0f joules_low=%.0f joules_high=%.0f provenance=%s passed=%b%n", r.epochs().size(),
                r.test().accuracy(), r.test().macroF1(), m.durationSeconds(), m.energyJoules(),
                m.energyLowerJoules(), m.energyUpperJoules(), m.provenanceSummary(), r.test().accuracy() > 0.97);
    }
}
