package org.greentrain.energy.rapl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaplSourceTest {

    @TempDir
    Path root;

    private static RaplSource found(Path root) {
        RaplSource.Discovery d = RaplSource.discover(root);
        assertThat(d).isInstanceOf(RaplSource.Discovery.Found.class);
        return ((RaplSource.Discovery.Found) d).source();
    }

    @Test
    void sumsPackagesAcrossSocketsAndKeepsPsysOutOfTheTotal() {
        FakePowercapTree tree = FakePowercapTree.twoSocketServer(root);
        try (EnergyReader reader = found(root).open()) {
            tree.setEnergy("intel-rapl:0", 1_000_000_000L + 30_000_000L);   // +30 J
            tree.setEnergy("intel-rapl:1", 3_000_000_000L + 12_500_000L);   // +12.5 J
            tree.setEnergy("intel-rapl:0:1", 200_000_000L + 4_000_000L);    // +4 J
            tree.setEnergy("intel-rapl:1:1", 400_000_000L + 1_000_000L);    // +1 J
            tree.setEnergy("intel-rapl:2", 9_000_000_000L + 60_000_000L);   // +60 J
            tree.setEnergy("intel-rapl-mmio:0", 999_000_000L);              // ignored duplicate

            double[][] joules = reader.read(System.nanoTime());
            List<ComponentSpec> specs = reader.components();

            assertThat(specs).extracting(ComponentSpec::name).containsExactly("cpu-package", "dram", "psys");
            assertThat(specs.get(0).parts()).containsExactly("package-0", "package-1");
            assertThat(joules[0]).containsExactly(30.0, 12.5);
            assertThat(joules[1]).containsExactly(4.0, 1.0);
            assertThat(joules[2]).containsExactly(60.0);
            assertThat(specs.get(2).inTotal()).isFalse();
        }
    }

    @Test
    void countsACounterThatWrapsBetweenTwoReads() {
        FakePowercapTree tree = new FakePowercapTree(root).zone("intel-rapl:0", "package-0", 900_000, 1_000_000);
        try (EnergyReader reader = found(root).open()) {
            tree.setEnergy("intel-rapl:0", 100_000);   // wrapped: 100000 uJ to the top, 100000 uJ after zero

            assertThat(reader.read(System.nanoTime())[0][0]).isCloseTo(0.2, within(1e-12));

            tree.setEnergy("intel-rapl:0", 400_000);
            assertThat(reader.read(System.nanoTime())[0][0]).isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void readsOftenEnoughThatASmallRangeCannotWrapTwice() {
        new FakePowercapTree(root).zone("intel-rapl:0", "package-0", 0, 262_143_328_850L);
        try (EnergyReader reader = found(root).open()) {
            // 262 kJ at 1 kW wraps after 262 s: reading every 60 s is safe
            assertThat(reader.samplingPeriod()).contains(Duration.ofSeconds(60));
        }
        Path amd = root.resolve("amd");
        new FakePowercapTree(amd).zone("intel-rapl:0", "package-0", 0, 65_532_610_987L);
        try (EnergyReader reader = found(amd).open()) {
            // AMD's 65.5 kJ range wraps after 65.5 s at 1 kW: read at half that
            assertThat(reader.samplingPeriod()).contains(Duration.ofMillis(32_766));
        }
    }

    @Test
    void reportsNoRaplWhenPowercapIsAbsent() {
        RaplSource.Discovery d = RaplSource.discover(root);

        assertThat(d).isInstanceOfSatisfying(RaplSource.Discovery.Missing.class, m -> {
            assertThat(m.permissionProblem()).isFalse();
            assertThat(m.reason()).contains("no powercap RAPL zones");
        });
    }

    @Test
    void anUnreadableCounterIsAPermissionProblemNotACrash() throws Exception {
        new FakePowercapTree(root).zone("intel-rapl:0", "package-0", 5, 1000);
        Path counter = root.resolve("class/powercap/intel-rapl:0/energy_uj");
        Files.setPosixFilePermissions(counter.toRealPath(), PosixFilePermissions.fromString("---------"));

        String outcome = Files.isReadable(counter) ? discoverAsUnprivilegedUser() : describe(RaplSource.discover(root));

        assertThat(outcome).isEqualTo("missing permission=true reason=" + counter + " is readable only by root");
    }

    /** As root every file is readable, so discovery runs in a child JVM under the unprivileged 'nobody' user. */
    private String discoverAsUnprivilegedUser() throws IOException, InterruptedException {
        assumeThat(Path.of("/usr/bin/setpriv")).as("setpriv is needed to drop root privileges").exists();
        makeTraversableByOthers(root);
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RaplDiscoveryProbe.class.getName(), root.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeThat(out).as("the unprivileged child could not load the test classes (checkout not world-readable)")
                .doesNotContain("ClassNotFoundException").doesNotContain("Could not find or load main class");
        return out;
    }

    private static void makeTraversableByOthers(Path dir) throws IOException {
        for (Path p = dir; p != null && p.getParent() != null; p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (p.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
                break;
            }
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    static String describe(RaplSource.Discovery d) {
        if (d instanceof RaplSource.Discovery.Missing m) {
            return "missing permission=" + m.permissionProblem() + " reason=" + m.reason();
        }
        return "found";
    }
}
