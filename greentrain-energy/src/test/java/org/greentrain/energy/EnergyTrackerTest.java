package org.greentrain.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import org.greentrain.energy.rapl.FakePowercapTree;
import org.greentrain.energy.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyTrackerTest {

    @TempDir
    Path sysfs;

    private MeterConfig noGpu() {
        return MeterConfig.defaults().withSysfsRoot(sysfs).withGpu(false);
    }

    @Test
    void countersCoverTheTotalAndEstimatesFillOnlyWhatTheyMiss() {
        FakePowercapTree tree = new FakePowercapTree(sysfs)
                .zone("intel-rapl:0", "package-0", 0, 262_143_328_850L)
                .zone("intel-rapl:1", "psys", 0, 262_143_328_850L);
        EnergyMeter meter = EnergyMeter.discover(noGpu());

        Measurement m;
        try (EnergyTracker t = meter.start("run")) {
            tree.setEnergy("intel-rapl:0", 50_000_000);
            tree.setEnergy("intel-rapl:1", 80_000_000);
            m = t.stop();
        }

        assertThat(m.components()).extracting(ComponentEnergy::name).containsExactly("cpu-package", "psys", "ram");
        double ram = m.components().get(2).energyJoules();
        assertThat(m.energyJoules()).isCloseTo(50.0 + ram, within(1e-9));
        assertThat(m.psys()).hasValueSatisfying(p -> assertThat(p.energyJoules()).isEqualTo(80.0));
        assertThat(m.provenanceSummary()).isEqualTo("rapl-package+ram-estimate");
        assertThat(meter.statuses()).extracting(SourceStatus::name, SourceStatus::state).contains(
                org.assertj.core.groups.Tuple.tuple("cpu-estimate", SourceStatus.State.NOT_NEEDED),
                org.assertj.core.groups.Tuple.tuple("ram-estimate", SourceStatus.State.USED));
    }

    @Test
    void aDramZoneReplacesTheRamEstimate() {
        FakePowercapTree tree = new FakePowercapTree(sysfs)
                .zone("intel-rapl:0", "package-0", 0, 1_000_000_000)
                .zone("intel-rapl:0:2", "dram", 0, 1_000_000_000);
        Measurement m;
        try (EnergyTracker t = EnergyTracker.start(noGpu())) {
            tree.setEnergy("intel-rapl:0", 7_000_000);
            tree.setEnergy("intel-rapl:0:2", 3_000_000);
            m = t.stop();
        }

        assertThat(m.energyJoules()).isEqualTo(10.0);
        assertThat(m.fullyMeasured()).isTrue();
        assertThat(m.energyLowerJoules()).isCloseTo(7 * 0.9 + 3 * 0.8, within(1e-9));
        assertThat(m.energyUpperJoules()).isCloseTo(7 * 1.1 + 3 * 1.2, within(1e-9));
    }

    @Test
    void phasesNestAndTheirEnergyAddsUpWithinTheRun() {
        FakePowercapTree tree = new FakePowercapTree(sysfs)
                .zone("intel-rapl:0", "package-0", 0, 1_000_000_000)
                .zone("intel-rapl:0:2", "dram", 0, 1_000_000_000);
        Measurement run;
        try (EnergyTracker t = EnergyTracker.start(noGpu())) {
            try (Phase epoch = t.phase("epoch-1")) {
                try (Phase forward = epoch.phase("forward")) {
                    tree.setEnergy("intel-rapl:0", 2_000_000);
                }
                tree.setEnergy("intel-rapl:0", 5_000_000);
            }
            try (Phase epoch = t.phase("epoch-2")) {
                tree.setEnergy("intel-rapl:0", 6_000_000);
            }
            tree.setEnergy("intel-rapl:0", 9_000_000);
            run = t.stop();
        }

        assertThat(run.phases()).extracting(Measurement::label).containsExactly("epoch-1", "epoch-2");
        assertThat(run.phase("epoch-1").orElseThrow().energyJoules()).isEqualTo(5.0);
        assertThat(run.phase("forward").orElseThrow().energyJoules()).isEqualTo(2.0);
        assertThat(run.phase("epoch-2").orElseThrow().energyJoules()).isEqualTo(1.0);
        assertThat(run.energyJoules()).isEqualTo(9.0);
    }

    @Test
    void theEstimateOnThisMachineReportsDurationAndNonZeroEnergy() throws Exception {
        Measurement m;
        try (EnergyTracker t = EnergyTracker.start(MeterConfig.defaults().withGpu(false))) {
            Thread.sleep(300);
            m = t.stop();
        }

        assertThat(m.durationSeconds()).isBetween(0.29, 2.0);
        assertThat(m.energyJoules()).isPositive();
        assertThat(m.energyLowerJoules()).isLessThan(m.energyJoules());
        assertThat(m.energyUpperJoules()).isGreaterThan(m.energyJoules());
        assertThat(m.co2eGrams()).isPositive();
        assertThat(m.fullyMeasured()).isFalse();
    }

    @Test
    void theConstantModelReproducesCodeCarbonOfflineFigures() throws Exception {
        Measurement m;
        try (EnergyTracker t = EnergyTracker.start(MeterConfig.defaults()
                .withConstantPower(MeterConfig.ConstantPower.paper()).withCarbonIntensity(193.863))) {
            Thread.sleep(200);
            m = t.stop();
        }

        assertThat(m.meanPowerWatts()).isCloseTo(65.93, within(1e-6));
        assertThat(m.provenanceSummary()).isEqualTo("constant-model");
        assertThat(m.co2eGrams() / m.durationSeconds()).isCloseTo(0.706 / 198.8, within(2e-6));
    }

    @Test
    void aSamplerThreadRunsOnlyForSourcesThatNeedIt() {
        try (EnergyTracker t = EnergyTracker.start(MeterConfig.defaults().withGpu(false))) {
            assertThat(samplerRunning()).isFalse();
        }
        new FakePowercapTree(sysfs).zone("intel-rapl:0", "package-0", 0, 1_000_000_000);
        try (EnergyTracker t = EnergyTracker.start(noGpu())) {
            assertThat(samplerRunning()).isTrue();
        }
    }

    private static boolean samplerRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(th -> th.isAlive() && th.getName().equals(Sampler.THREAD_NAME));
    }

    @Test
    void rejectsBadConfiguration() {
        MeterConfig d = MeterConfig.defaults();
        assertThatThrownBy(() -> d.withSamplingInterval(Duration.ZERO)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> d.withPue(0.5)).hasMessageContaining("PUE must be a number >= 1");
        assertThatThrownBy(() -> d.withSysfsRoot(sysfs.resolve("nope"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> EnergyMeter.discover(d.withCountry("ZZZ"))).hasMessageContaining("unknown country");
    }
}
