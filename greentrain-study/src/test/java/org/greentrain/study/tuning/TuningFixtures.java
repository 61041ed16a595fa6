package org.greentrain.study.tuning;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;

/** What the tuning tests share: the bundled MNIST (loaded once) and a meter with the constant-power model. */
final class TuningFixtures {

    private static LoadedDataset mnist;
    private static EnergyMeter meter;

    private TuningFixtures() {
    }

    static synchronized LoadedDataset mnist() {
        if (mnist == null) {
            try {
                mnist = BuiltinDatasets.load("mnist");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mnist;
    }

    /** A meter whose joules are CPU and RAM watts times seconds: positive and independent of the machine. */
    static synchronized EnergyMeter meter() {
        if (meter == null) {
            meter = EnergyMeter.discover(MeterConfig.defaults().withGpu(false)
                    .withConstantPower(MeterConfig.ConstantPower.paper()));
        }
        return meter;
    }

    /** 300 training and 100 test rows of MNIST, SimpleCNN, the paper's 3-parameter space, 1 epoch, batch 128. */
    static TuningDesign tiny(String strategies, int rounds, int repeats, int searches) {
        return new TuningDesign("mnist", "simplecnn", TuningDesign.space("3"), Strategy.parseList(strategies), rounds,
                repeats, searches, 1, 128, 300, 100, 0, 0.98, TuningDesign.DEFAULT_OPTIMUM_TOLERANCE,
                null);
    }
}
