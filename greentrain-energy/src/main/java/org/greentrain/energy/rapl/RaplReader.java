package org.greentrain.energy.rapl;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.KernelFile;

/**
 * Accumulates RAPL counters since it was opened. Each read adds the difference to the previous raw value; a counter
 * that went backwards wrapped at {@code max_energy_range_uj}, and the range is added back. The sampler reads often
 * enough that no counter can wrap twice between reads.
 */
final class RaplReader implements EnergyReader {

    /** Highest plausible power per zone when choosing how often to read against wrap-around. */
    private static final double MAX_ZONE_WATTS = 1000.0;

    private final List<ComponentSpec> specs;
    private final List<List<PowercapZone>> groups;
    private final KernelFile[][] counters;
    private final long[][] lastRaw;
    private final double[][] accumulatedJoules;

    RaplReader(List<ComponentSpec> specs, List<List<PowercapZone>> groups) {
        this.specs = List.copyOf(specs);
        this.groups = groups;
        this.counters = new KernelFile[groups.size()][];
        this.lastRaw = new long[groups.size()][];
        this.accumulatedJoules = new double[groups.size()][];
        for (int c = 0; c < groups.size(); c++) {
            counters[c] = new KernelFile[groups.get(c).size()];
            lastRaw[c] = new long[groups.get(c).size()];
            accumulatedJoules[c] = new double[groups.get(c).size()];
            for (int p = 0; p < groups.get(c).size(); p++) {
                counters[c][p] = openCounter(groups.get(c).get(p));
                lastRaw[c][p] = readRaw(counters[c][p]);
            }
        }
    }

    @Override
    public List<ComponentSpec> components() {
        return specs;
    }

    @Override
    public synchronized double[][] read(long nanoTime) {
        advance();
        double[][] copy = new double[accumulatedJoules.length][];
        for (int c = 0; c < copy.length; c++) {
            copy[c] = accumulatedJoules[c].clone();
        }
        return copy;
    }

    @Override
    public Optional<Duration> samplingPeriod() {
        long smallestRange = groups.stream().flatMap(List::stream)
                .mapToLong(PowercapZone::maxEnergyRangeMicrojoules).filter(r -> r > 0).min().orElse(0);
        if (smallestRange == 0) {
            return Optional.of(Duration.ofSeconds(60));
        }
        double secondsToWrap = smallestRange / 1e6 / MAX_ZONE_WATTS;
        long millis = (long) Math.max(100, Math.min(60_000, secondsToWrap * 1000 / 2));
        return Optional.of(Duration.ofMillis(millis));
    }

    @Override
    public synchronized void sample() {
        advance();
    }

    private void advance() {
        for (int c = 0; c < groups.size(); c++) {
            for (int p = 0; p < groups.get(c).size(); p++) {
                PowercapZone zone = groups.get(c).get(p);
                long raw = readRaw(counters[c][p]);
                if (raw < 0) {
                    continue; // a transient read failure: keep the last value, the next read catches up
                }
                if (lastRaw[c][p] < 0) {
                    lastRaw[c][p] = raw; // the first successful read is the baseline
                    continue;
                }
                long delta = raw - lastRaw[c][p];
                if (delta < 0) {
                    delta += zone.maxEnergyRangeMicrojoules();
                }
                if (delta >= 0) {
                    accumulatedJoules[c][p] += delta / 1e6;
                }
                lastRaw[c][p] = raw;
            }
        }
    }

    private static KernelFile openCounter(PowercapZone zone) {
        try {
            return KernelFile.open(zone.energyFile(), 32);
        } catch (IOException e) {
            return null; // discovery checked readability; a zone that vanished since reads as missing
        }
    }

    private static long readRaw(KernelFile counter) {
        if (counter == null) {
            return -1;
        }
        try {
            return counter.readLong();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public synchronized void close() {
        for (KernelFile[] group : counters) {
            for (KernelFile f : group) {
                if (f != null) {
                    f.close();
                }
            }
        }
    }
}
