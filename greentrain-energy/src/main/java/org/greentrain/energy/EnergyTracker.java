package org.greentrain.energy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.energy.carbon.CarbonIntensity;
import org.greentrain.energy.estimate.CpuTimes;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.EnergySource;

/**
 * Tracks the energy of one run, with nested phases:
 *
 * <pre>{@code
 * try (var t = EnergyTracker.start(MeterConfig.defaults())) {
 *     try (var epoch = t.phase("epoch-1")) { ... }
 *     Measurement m = t.stop();
 * }
 * }</pre>
 *
 * Every reader reports cumulative joules, so a phase costs nothing beyond two reads of each source. A background
 * sampler runs only for sources that need one.
 */
public final class EnergyTracker implements AutoCloseable {

    /** The cumulative state of every reader at one instant. */
    record Snapshot(long nanos, Instant wall, double[][][] joules, CpuTimes cpu) {
    }

    private final EnergyMeter meter;
    private final boolean ownsMeter;
    private final List<EnergyReader> readers = new ArrayList<>();
    private final Optional<Sampler> sampler;
    private final Phase root;
    private Measurement result;

    EnergyTracker(EnergyMeter meter, String label, boolean ownsMeter) {
        this.meter = meter;
        this.ownsMeter = ownsMeter;
        for (EnergySource source : meter.sources()) {
            readers.add(source.open());
        }
        this.sampler = Sampler.startFor(readers);
        this.root = new Phase(this, label, null);
    }

    /** Discovers this machine's sources with {@code config} and starts tracking a run called "run". */
    public static EnergyTracker start(MeterConfig config) {
        return new EnergyTracker(EnergyMeter.discover(config), "run", true);
    }

    /** The meter this tracker reads. */
    public EnergyMeter meter() {
        return meter;
    }

    /** Opens a phase directly under the run. */
    public Phase phase(String name) {
        return root.phase(name);
    }

    /** What the run has cost so far, without stopping it. */
    public Measurement elapsed() {
        return root.elapsed();
    }

    /** Stops tracking (once) and returns the run's measurement, with the phases closed so far. */
    public synchronized Measurement stop() {
        if (result == null) {
            result = root.stop();
            sampler.ifPresent(Sampler::close);
            readers.forEach(EnergyReader::close);
            if (ownsMeter) {
                meter.close();
            }
        }
        return result;
    }

    @Override
    public void close() {
        stop();
    }

    Snapshot snapshot() {
        long now = System.nanoTime();
        double[][][] joules = new double[readers.size()][][];
        for (int i = 0; i < readers.size(); i++) {
            joules[i] = readers.get(i).read(now);
        }
        return new Snapshot(now, Instant.now(), joules, CpuTimes.read(meter.config().procRoot()));
    }

    Measurement measure(String label, Snapshot from, Snapshot to, List<Measurement> phases) {
        List<ComponentEnergy> components = new ArrayList<>();
        double total = 0;
        double lower = 0;
        double upper = 0;
        for (int r = 0; r < readers.size(); r++) {
            List<ComponentSpec> specs = readers.get(r).components();
            for (int c = 0; c < specs.size(); c++) {
                ComponentSpec spec = specs.get(c);
                Map<String, Double> parts = new LinkedHashMap<>();
                double joules = 0;
                for (int p = 0; p < spec.parts().size(); p++) {
                    double partJoules = Math.max(0, to.joules()[r][c][p] - from.joules()[r][c][p]);
                    joules += partJoules;
                    if (spec.parts().size() > 1) {
                        parts.put(spec.parts().get(p), partJoules);
                    }
                }
                ComponentEnergy component = new ComponentEnergy(spec.name(), joules, spec.provenance(),
                        spec.uncertainty(), spec.inTotal(), parts);
                components.add(component);
                if (spec.inTotal()) {
                    total += joules;
                    lower += component.lowerJoules();
                    upper += component.upperJoules();
                }
            }
        }
        CarbonIntensity ci = meter.carbonIntensity();
        Carbon carbon = Carbon.of(total, ci.gramsPerKwh(), ci.country(), ci.source(), meter.config().pue());
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        double processCpu = Math.max(0, to.cpu().processSeconds() - from.cpu().processSeconds());
        double machineCpu = Math.max(0, to.cpu().machineBusySeconds() - from.cpu().machineBusySeconds());
        return new Measurement(label, from.wall(), seconds, total, lower, upper, components, carbon, processCpu,
                machineCpu, phases);
    }
}
