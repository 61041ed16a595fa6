package org.greentrain.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.greentrain.energy.Sampler;
import org.greentrain.energy.estimate.CpuEstimateSource;
import org.greentrain.energy.estimate.CpuInfo;
import org.greentrain.energy.estimate.CpuPowerModel;
import org.greentrain.energy.nvml.NvmlApi;
import org.greentrain.energy.nvml.NvmlSource;
import org.greentrain.energy.rapl.RaplSource;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;

/**
 * The meter's own overhead: CPU time of the background sampler thread while it samples, at 10 Hz, every source a
 * two-socket GPU server would have: all RAPL zones (ordinary files in a temporary powercap tree laid out like sysfs,
 * deleted at the end), two power-sampled GPUs (an in-process stand-in for NVML, since no GPU exists here, so the
 * native call itself is not included), and the CPU estimate from the real {@code /proc/stat}. Prints the sampler's CPU
 * time as a share of one core.
 *
 * <p>The RAPL part of the figure is the user-space cost of opening, reading and parsing ordinary files. On real
 * hardware, reading a zone's {@code energy_uj} makes the kernel read an MSR (or the platform's equivalent), and that
 * kernel time is not included here.
 *
 * <p>Usage: {@code MeterOverheadBench [seconds] [intervalMillis]} (defaults 60 and 100).
 */
public final class MeterOverheadBench {

    private MeterOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Duration interval = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 100);
        Path sysfs = Files.createTempDirectory("greentrain-bench-sysfs");
        try {
            writeTwoSocketTree(sysfs);
            measure(seconds, interval, sysfs);
        } finally {
            deleteTree(sysfs);
        }
    }

    private static void measure(int seconds, Duration interval, Path sysfs) throws Exception {
        RaplSource rapl = ((RaplSource.Discovery.Found) RaplSource.discover(sysfs)).source();
        NvmlSource gpus = new NvmlSource(new PowerOnlyGpus(), interval, System::nanoTime);
        Path proc = Path.of("/proc");
        CpuEstimateSource cpu = new CpuEstimateSource(new CpuPowerModel(100, 10, "bench"), proc,
                CpuInfo.modelName(proc));
        List<EnergyReader> readers = List.of(
                new EveryInterval(rapl.open(), interval), gpus.open(), new EveryInterval(cpu.open(), interval));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Sampler sampler = Sampler.startFor(readers).orElseThrow();
        Thread samplerThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(Sampler.THREAD_NAME)).findFirst().orElseThrow();
        long wallStart = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long cpuNanos = threads.getThreadCpuTime(samplerThread.getId());
        long wallNanos = System.nanoTime() - wallStart;
        sampler.close();
        readers.forEach(EnergyReader::close);

        double share = (double) cpuNanos / wallNanos;
        long samples = wallNanos / interval.toNanos();
        System.out.printf(Locale.ROOT, "meter-overhead interval_ms=%d seconds=%.1f samples=%d sampler_cpu_ms=%.1f "
                        + "share_of_one_core=%.4f%% per_sample_us=%.1f target=<0.5%% (RAPL: the user-space cost of "
                        + "reading ordinary files; on real hardware reading energy_uj is also an MSR read in the "
                        + "kernel, not included)%n", interval.toMillis(),
                wallNanos / 1e9, samples, cpuNanos / 1e6, share * 100, cpuNanos / 1e3 / samples);
    }

    /** Deletes the temporary powercap tree, deepest entries first. */
    private static void deleteTree(Path root) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(root)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : entries) {
            Files.deleteIfExists(p);
        }
    }

    private static void writeTwoSocketTree(Path root) throws IOException {
        String[][] zones = {{"intel-rapl:0", "package-0"}, {"intel-rapl:0:0", "core"}, {"intel-rapl:0:1", "dram"},
                {"intel-rapl:1", "package-1"}, {"intel-rapl:1:0", "core"}, {"intel-rapl:1:1", "dram"},
                {"intel-rapl:2", "psys"}};
        for (String[] z : zones) {
            Path dir = root.resolve("class/powercap").resolve(z[0]);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("name"), z[1] + "\n");
            Files.writeString(dir.resolve("energy_uj"), "123456789\n");
            Files.writeString(dir.resolve("max_energy_range_uj"), "262143328850\n");
        }
    }

    /** Forces a reader that would not need sampling to be read at every interval, as a worst case. */
    private record EveryInterval(EnergyReader delegate, Duration interval) implements EnergyReader {
        @Override
        public List<ComponentSpec> components() {
            return delegate.components();
        }

        @Override
        public double[][] read(long nanoTime) {
            return delegate.read(nanoTime);
        }

        @Override
        public Optional<Duration> samplingPeriod() {
            return Optional.of(interval);
        }

        @Override
        public void sample() {
            delegate.read(System.nanoTime());
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** Two pre-Volta GPUs that report only power, so both are sampled and integrated. */
    private static final class PowerOnlyGpus implements NvmlApi {
        @Override
        public int deviceCount() {
            return 2;
        }

        @Override
        public String deviceName(int index) {
            return "stand-in GPU " + index;
        }

        @Override
        public OptionalLong totalEnergyMillijoules(int index) {
            return OptionalLong.empty();
        }

        @Override
        public long powerMilliwatts(int index) {
            return 150_000;
        }

        @Override
        public void close() {
        }
    }
}
