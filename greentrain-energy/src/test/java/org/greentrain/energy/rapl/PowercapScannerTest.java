package org.greentrain.energy.rapl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowercapScannerTest {

    @TempDir
    Path root;

    @Test
    void findsZonesByNameAcrossSocketsOnceEach() {
        FakePowercapTree.twoSocketServer(root);

        List<PowercapZone> zones = PowercapScanner.scan(root);

        assertThat(zones).extracting(PowercapZone::partName)
                .containsExactly("package-0", "package-1", "dram-0", "dram-1", "core-0", "core-1", "psys");
        assertThat(zones).noneMatch(PowercapZone::isMmio);
    }

    @Test
    void intelRapl1IsPsysOnASingleSocketLaptopAndPackage1OnAServer() {
        new FakePowercapTree(root)
                .zone("intel-rapl:0", "package-0", 1, 1000)
                .zone("intel-rapl:1", "psys", 1, 1000);

        assertThat(PowercapScanner.scan(root)).extracting(PowercapZone::kind)
                .containsExactly(ZoneKind.PACKAGE, ZoneKind.PSYS);
    }

    @Test
    void keepsAnMmioPackageWhenNoMsrZoneCoversIt() {
        new FakePowercapTree(root).zone("intel-rapl-mmio:0", "package-0", 1, 1000);

        assertThat(PowercapScanner.scan(root)).singleElement().satisfies(z -> {
            assertThat(z.isMmio()).isTrue();
            assertThat(z.kind()).isEqualTo(ZoneKind.PACKAGE);
        });
    }

    @Test
    void amdZonesWithTheSameNamesAreFound() {
        new FakePowercapTree(root)
                .zone("intel-rapl:0", "package-0", 5, 65_532_610_987L)
                .zone("intel-rapl:0:0", "core", 5, 65_532_610_987L);

        assertThat(PowercapScanner.scan(root)).extracting(PowercapZone::partName)
                .containsExactly("package-0", "core-0");
    }

    @Test
    void emptyWhenPowercapIsAbsent() {
        assertThat(PowercapScanner.scan(root)).isEmpty();
    }
}
