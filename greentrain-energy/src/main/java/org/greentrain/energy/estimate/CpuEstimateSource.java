package org.greentrain.energy.estimate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.Uncertainty;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.EnergySource;
import org.greentrain.energy.source.KernelFile;

/**
 * CPU energy estimated from a TDP model and machine-wide utilisation, for machines without readable RAPL counters.
 * Utilisation comes from busy time in {@code /proc/stat}. Where {@code /proc/stat} is missing the CPUs are assumed
 * half busy, and the description says so.
 */
public final class CpuEstimateSource implements EnergySource {

    /**
     * CodeCarbon compared TDP-based models against RAPL on four CPUs and found errors from -60% to +190%
     * (codecarbon docs/explanation/accuracy.md). The band keeps that width.
     */
    public static final Uncertainty UNCERTAINTY = new Uncertainty(-0.60, 1.90,
            "TDP models were off by -60% to +190% against RAPL on four CPUs (CodeCarbon accuracy study)");

    private static final double ASSUMED_UTILISATION = 0.5;

    private final CpuPowerModel model;
    private final Path procRoot;
    private final String cpuModelName;

    public CpuEstimateSource(CpuPowerModel model, Path procRoot, String cpuModelName) {
        this.model = model;
        this.procRoot = procRoot;
        this.cpuModelName = cpuModelName;
    }

    @Override
    public String name() {
        return "cpu-estimate";
    }

    @Override
    public String description() {
        String utilisation = CpuTimes.read(procRoot).hasMachineTimes()
                ? "utilisation from /proc/stat" : "no /proc/stat: utilisation assumed 50%";
        return cpuModelName + ": " + model.basis() + "; " + utilisation;
    }

    @Override
    public EnergyReader open() {
        return new Reader();
    }

    private final class Reader implements EnergyReader {
        private final ComponentSpec spec = ComponentSpec.single("cpu", Provenance.TDP_ESTIMATE, UNCERTAINTY, true);
        private final long startNanos = System.nanoTime();
        private final CpuTimes start = CpuTimes.read(procRoot);
        private final KernelFile procStat = openProcStat();

        @Override
        public List<ComponentSpec> components() {
            return List.of(spec);
        }

        @Override
        public double[][] read(long nanoTime) {
            double seconds = (nanoTime - startNanos) / 1e9;
            double nowBusy = currentBusySeconds();
            double busy = start.hasMachineTimes() && nowBusy >= 0
                    ? nowBusy - start.machineBusySeconds()
                    : ASSUMED_UTILISATION * seconds * start.onlineCpus();
            return new double[][] {{model.joules(seconds, busy, start.onlineCpus())}};
        }

        @Override
        public Optional<Duration> samplingPeriod() {
            return Optional.empty();
        }

        @Override
        public void sample() {
            // the linear model is integrated exactly from cumulative busy time: nothing to sample
        }

        private KernelFile openProcStat() {
            try {
                return KernelFile.open(procRoot.resolve("stat"), 512);
            } catch (IOException e) {
                return null;
            }
        }

        private double currentBusySeconds() {
            if (procStat == null) {
                return -1;
            }
            try {
                return CpuTimes.machineBusySeconds(procStat.read());
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public void close() {
            if (procStat != null) {
                procStat.close();
            }
        }
    }
}
