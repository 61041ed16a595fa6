package org.greentrain.study.demo;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.study.reduction.ReductionDesign;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.train.spec.ModelSpecs;

/** A demo shrunk to iris (a few seconds): the same code path, smaller designs, and the paper's constant-power meter. */
final class DemoFixtures {

    private static EnergyMeter meter;

    private DemoFixtures() {
    }

    static MeterConfig meterConfig() {
        return MeterConfig.defaults().withGpu(false).withConstantPower(MeterConfig.ConstantPower.paper());
    }

    /** SRS and MMS at 30% and 60% of iris, 2 repeats of 8 epochs; grid, random and BO for 3 rounds on iris. */
    static DemoDesign tiny(String meterMode) {
        ReductionDesign reduction = new ReductionDesign("iris", List.of("srs", "mms"), List.of(0.3, 0.6), 2,
                ModelSpecs.parse("mlp-paper:dropout=0.1"), 8, 16, 0, meterMode);
        TuningDesign tuning = new TuningDesign("iris", "mlp-paper:dropout=0.1", TuningDesign.space("3"),
                List.of(Strategy.GRID, Strategy.RANDOM, Strategy.BO), 3, 1, 1, 4, 16, 0, 0, 0, 0.98,
                TuningDesign.DEFAULT_OPTIMUM_TOLERANCE, null);
        return new DemoDesign(reduction, tuning);
    }

    static DemoDesign tiny() {
        return tiny(ReductionDesign.meterMode(meterConfig()));
    }

    /** One meter and one PyTorch thread for the whole test JVM, as the demo command sets them. */
    static synchronized EnergyMeter meter() {
        if (meter == null) {
            Engine.getEngine("PyTorch");
            JniUtils.setNumThreads(1);
            meter = EnergyMeter.discover(meterConfig());
        }
        return meter;
    }
}
