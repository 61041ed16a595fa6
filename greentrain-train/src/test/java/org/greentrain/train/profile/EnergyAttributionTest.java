package org.greentrain.train.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.greentrain.data.ImageShape;
import org.greentrain.energy.Carbon;
import org.greentrain.energy.ComponentEnergy;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.Uncertainty;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class EnergyAttributionTest {

    private static final List<LayerCost> COSTS = FlopModel.of(ModelSpecs.parse(
            "cnn:conv=2k3p1-bn-relu-max2,hidden=8,activation=relu,dropout=0.5")
            .resolve(new ModelInput(784, new ImageShape(1, 28, 28), 10)));

    @Test
    void perTypeJoulesAddUpToTheIntervalsTotal() {
        TraceBreakdown breakdown = recorded();
        Measurement interval = measurement(0.25, 123.456);

        List<LayerTypeEnergy> rows = EnergyAttribution.attribute(breakdown, interval, COSTS, 16);

        double joules = rows.stream().mapToDouble(LayerTypeEnergy::energyJoules).sum();
        double shares = rows.stream().mapToDouble(LayerTypeEnergy::share).sum();
        double seconds = rows.stream().mapToDouble(LayerTypeEnergy::seconds).sum();
        assertThat(Math.abs(joules - 123.456) / 123.456).isLessThan(1e-9);
        assertThat(shares).isCloseTo(1.0, within(1e-12));
        assertThat(seconds).isCloseTo(0.25, within(1e-12));
        assertThat(rows.stream().mapToDouble(LayerTypeEnergy::energyLowerJoules).sum())
                .isCloseTo(interval.energyLowerJoules(), within(1e-9));
    }

    @Test
    void sharesAreTimeFractionsAndTheUncoveredTimeIsUnattributed() {
        TraceBreakdown breakdown = recorded();
        Measurement interval = measurement(0.25, 100);

        List<LayerTypeEnergy> rows = EnergyAttribution.attribute(breakdown, interval, COSTS, 16);

        LayerTypeEnergy conv = row(rows, LayerType.CONV, Pass.FORWARD);
        assertThat(conv.share()).isCloseTo(breakdown.seconds(LayerType.CONV, Pass.FORWARD) / 0.25, within(1e-12));
        assertThat(conv.energyJoules()).isCloseTo(100 * conv.share(), within(1e-12)).isPositive();
        LayerTypeEnergy unattributed = rows.get(rows.size() - 1);
        assertThat(unattributed.type()).isEqualTo(LayerType.UNATTRIBUTED);
        assertThat(unattributed.seconds()).isCloseTo(0.25 - breakdown.operatorSeconds(), within(1e-12));
        assertThat(unattributed.flops()).isNull();
    }

    @Test
    void flopsArePerSampleCountsTimesSamplesForTheLayerTypesPasses() {
        List<LayerTypeEnergy> rows = EnergyAttribution.attribute(recorded(), measurement(0.25, 100), COSTS, 16);

        // conv 1->2 on 28x28: 2*9*2*784 + 2*784 per sample; first layer, so backward equals forward
        long conv = 2 * 9 * 2 * 784 + 2 * 784;
        assertThat(row(rows, LayerType.CONV, Pass.FORWARD).flops()).isEqualTo(16 * conv);
        assertThat(row(rows, LayerType.CONV, Pass.BACKWARD).flops()).isEqualTo(16 * conv);
        // linear 392->8 and 8->10, backward twice
        long linear = 2 * 392 * 8 + 8 + 2 * 8 * 10 + 10;
        assertThat(row(rows, LayerType.LINEAR, Pass.BACKWARD).flops()).isEqualTo(16 * 2 * linear);
        assertThat(row(rows, LayerType.LOSS, Pass.FORWARD).flops()).isNull();
        assertThat(row(rows, LayerType.OPTIMIZER, Pass.UPDATE).flops()).isNull();
    }

    @Test
    void operatorsLongerThanTheIntervalLeaveNothingUnattributed() {
        TraceBreakdown breakdown = recorded();
        Measurement interval = measurement(breakdown.operatorSeconds() / 2, 50);

        List<LayerTypeEnergy> rows = EnergyAttribution.attribute(breakdown, interval, COSTS, 16);

        assertThat(rows.get(rows.size() - 1).seconds()).isZero();
        assertThat(rows.stream().mapToDouble(LayerTypeEnergy::energyJoules).sum()).isCloseTo(50, within(1e-9));
    }

    @Test
    void theNoteStatesTheModelAndTheProvenance() {
        assertThat(EnergyAttribution.note(measurement(1, 1)))
                .startsWith("time-proportional attribution of tdp-estimate joules");
    }

    private static TraceBreakdown recorded() {
        OperatorTrace trace = ChromeTraceReader.read(TraceFiles.fixture());
        return OperatorClassifier.classify(trace, TraceForest.of(trace)).breakdown();
    }

    private static LayerTypeEnergy row(List<LayerTypeEnergy> rows, LayerType type, Pass pass) {
        return rows.stream().filter(r -> r.type() == type && r.pass() == pass).findFirst().orElseThrow();
    }

    private static Measurement measurement(double seconds, double joules) {
        ComponentEnergy cpu = new ComponentEnergy("cpu", joules, Provenance.TDP_ESTIMATE,
                new Uncertainty(-0.6, 1.9, "test"), true, java.util.Map.of());
        return new Measurement("interval", Instant.EPOCH, seconds, joules, joules * 0.4, joules * 2.9, List.of(cpu),
                Carbon.of(joules, 475, "WORLD", "test", 1.0), seconds, seconds, List.of());
    }
}
