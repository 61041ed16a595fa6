package org.greentrain.energy.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Optional;
import org.greentrain.energy.source.EnergyReader;
import org.junit.jupiter.api.Test;

class CpuEstimateTest {

    private static final Path PROC = Path.of("/proc");

    @Test
    void theLinearModelIntegratesFromBusyTimeAlone() {
        CpuPowerModel model = new CpuPowerModel(100, 10, "test");

        // 10 s, 4 CPUs busy for 20 CPU-seconds in total = 50% utilisation
        assertThat(model.joules(10, 20, 4)).isCloseTo(10 * 10 + 90 * 5, within(1e-9));
        assertThat(model.joules(10, 0, 4)).isCloseTo(100, within(1e-9));
        assertThat(model.joules(10, 40, 4)).isCloseTo(1000, within(1e-9));
    }

    @Test
    void rejectsAnIdlePowerAboveTheTdp() {
        assertThatThrownBy(() -> new CpuPowerModel(50, 60, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and the TDP");
    }

    @Test
    void knownModelsAreFoundUnderTheirVendorDecorations() {
        TdpTable table = TdpTable.bundled();

        assertThat(table.size()).isGreaterThan(100);
        assertThat(table.lookup("Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz"))
                .hasValueSatisfying(e -> assertThat(e.tdpWatts()).isEqualTo(85.0));
        assertThat(table.lookup("AMD EPYC 7763 64-Core Processor"))
                .hasValueSatisfying(e -> assertThat(e.tdpWatts()).isEqualTo(280.0));
        assertThat(table.lookup("AMD EPYC")).isEmpty();
    }

    @Test
    void aVmSliceGetsItsShareOfTheChipTdp() {
        TdpTable table = TdpTable.bundled();
        TdpTable.Entry xeon = table.lookup("Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz").orElseThrow();

        CpuPowerModel model = CpuPowerModels.resolve("Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz", 2,
                Optional.empty(), Optional.empty(), table);

        assertThat(model.tdpWatts()).isCloseTo(85.0 * 2 / xeon.threads(), within(1e-9));
        assertThat(model.idleWatts()).isCloseTo(model.tdpWatts() * 0.1, within(1e-9));
        assertThat(model.basis()).contains("2/" + xeon.threads() + " visible threads");
    }

    @Test
    void unknownModelsFallBackToAPerThreadDefaultAndOverridesWin() {
        TdpTable table = TdpTable.bundled();

        CpuPowerModel unknown = CpuPowerModels.resolve("Mystery CPU 9000", 8, Optional.empty(), Optional.empty(),
                table);
        CpuPowerModel overridden = CpuPowerModels.resolve("Mystery CPU 9000", 8, Optional.of(65.0), Optional.of(7.0),
                table);

        assertThat(unknown.tdpWatts()).isEqualTo(32.0);
        assertThat(unknown.basis()).contains("unknown CPU model");
        assertThat(overridden.tdpWatts()).isEqualTo(65.0);
        assertThat(overridden.idleWatts()).isEqualTo(7.0);
    }

    @Test
    void onThisMachineTheEstimateFollowsIdlePowerAndOurOwnCpuWork() {
        CpuPowerModel model = new CpuPowerModel(20, 2, "test");
        CpuEstimateSource source = new CpuEstimateSource(model, PROC, CpuInfo.modelName(PROC));
        assertThat(CpuTimes.read(PROC).hasMachineTimes()).isTrue();

        try (EnergyReader reader = source.open()) {
            long start = System.nanoTime();
            CpuTimes before = CpuTimes.read(PROC);
            double sink = 0;
            while (System.nanoTime() < start + 500_000_000L) {
                sink += Math.sqrt(sink + 1);
            }
            CpuTimes after = CpuTimes.read(PROC);
            long end = System.nanoTime();
            double joules = reader.read(end)[0][0];
            double seconds = (end - start) / 1e9;
            double ownCpuSeconds = after.processSeconds() - before.processSeconds();

            assertThat(sink).isPositive();
            // other processes may add to the machine-wide load, never subtract from it
            assertThat(joules).isGreaterThanOrEqualTo(0.9 * (2 * seconds + 18 * ownCpuSeconds / after.onlineCpus()));
            assertThat(joules).isLessThanOrEqualTo(20 * seconds * 1.05);
        }
    }

    @Test
    void readsThisProcessCpuTimeIncludingWork() {
        CpuTimes before = CpuTimes.read(PROC);
        long end = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < end) {
            sink += Math.sqrt(sink + 1);
        }
        CpuTimes after = CpuTimes.read(PROC);

        assertThat(sink).isPositive();
        assertThat(after.processSeconds() - before.processSeconds()).isGreaterThan(0.1);
        assertThat(after.onlineCpus()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
