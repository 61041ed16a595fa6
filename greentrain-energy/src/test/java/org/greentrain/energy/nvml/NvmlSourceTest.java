package org.greentrain.energy.nvml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvmlSourceTest {

    /**
     * Stands in for libnvidia-ml at the outermost boundary: gpu0 has an energy counter (Volta+), gpu1 only reports
     * power (Pascal). The clock is under the test's control.
     */
    static final class TwoGpus implements NvmlApi {
        final AtomicLong nanos = new AtomicLong();
        long gpu0Millijoules = 5_000_000;
        long gpu1Milliwatts = 100_000;

        @Override
        public int deviceCount() {
            return 2;
        }

        @Override
        public String deviceName(int index) {
            return index == 0 ? "NVIDIA A100" : "NVIDIA GeForce GTX 1080";
        }

        @Override
        public OptionalLong totalEnergyMillijoules(int index) {
            return index == 0 ? OptionalLong.of(gpu0Millijoules) : OptionalLong.empty();
        }

        @Override
        public long powerMilliwatts(int index) {
            return index == 0 ? 250_000 : gpu1Milliwatts;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsTheEnergyCounterWhereItExistsAndIntegratesPowerElsewhere() {
        TwoGpus gpus = new TwoGpus();
        NvmlSource source = new NvmlSource(gpus, Duration.ofMillis(100), gpus.nanos::get);

        try (EnergyReader reader = source.open()) {
            assertThat(reader.components()).extracting(c -> c.provenance())
                    .containsExactly(Provenance.NVML_ENERGY_COUNTER, Provenance.NVML_POWER_SAMPLED);
            assertThat(reader.samplingPeriod()).contains(Duration.ofMillis(100));

            // 1 s at 100 W, then 1 s ramping to 200 W: trapezoid over the real timestamps = 100 + 150 J
            gpus.nanos.set(1_000_000_000L);
            reader.sample();
            gpus.gpu1Milliwatts = 200_000;
            gpus.nanos.set(2_000_000_000L);
            gpus.gpu0Millijoules += 123_456;

            double[][] joules = reader.read(System.nanoTime());
            assertThat(joules[0][0]).isCloseTo(123.456, within(1e-9));
            assertThat(joules[1][0]).isCloseTo(250.0, within(1e-9));
        }
        assertThat(source.description()).contains("gpu0 NVIDIA A100 (nvml-energy-counter)")
                .contains("gpu1 NVIDIA GeForce GTX 1080 (nvml-power-sampled)");
    }

    @Test
    void anAbsentLibraryIsReportedNotThrownAtTheUser(@TempDir Path sysfs) {
        assertThatThrownBy(() -> JnaNvml.load("greentrain-no-such-nvml"))
                .isInstanceOf(NvmlUnavailableException.class)
                .hasMessageContaining("not found");

        MeterConfig config = MeterConfig.defaults().withSysfsRoot(sysfs).withNvmlLibrary("greentrain-no-such-nvml");
        try (EnergyMeter meter = EnergyMeter.discover(config)) {
            assertThat(meter.statuses()).filteredOn(s -> s.name().equals("nvml")).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(SourceStatus.State.ABSENT);
                assertThat(s.detail()).contains("libgreentrain-no-such-nvml.so.1 not found");
            });
            assertThat(meter.statuses()).anyMatch(s -> s.name().equals("cpu-estimate")
                    && s.state() == SourceStatus.State.USED);
        }
    }
}
