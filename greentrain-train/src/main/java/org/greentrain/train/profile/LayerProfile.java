package org.greentrain.train.profile;

import java.nio.file.Path;
import java.util.List;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;

/**
 * Where the energy of a training interval went, per layer type and pass, with the analytic cost of every layer beside
 * it, the attribution model and the profiler's own overhead.
 *
 * @param spec           canonical model spec
 * @param dataset        training set name
 * @param layers         analytic cost of each layer
 * @param epochs         epochs in the interval
 * @param batchSize      examples per step
 * @param samples        training examples processed in the interval
 * @param interval       the meter's measurement of exactly the profiled interval
 * @param layerTypes     time, share, joules and FLOPs per layer type and pass, the unattributed row last; their joules
 *                       add up to the interval's
 * @param breakdown      the trace's operator time before energy was attributed, with the operators no rule maps
 * @param overhead       the profiler's throughput cost
 * @param attribution    the attribution model, in one sentence naming the joules' provenance
 * @param trace          where the raw trace was kept, or null
 * @param intraOpThreads PyTorch's intra-op threads during the runs
 * @param environment    machine, software and meter
 */
public record LayerProfile(String spec, String dataset, List<LayerCost> layers, int epochs, int batchSize,
                           long samples, Measurement interval, List<LayerTypeEnergy> layerTypes,
                           TraceBreakdown breakdown, ProfilerOverhead overhead, String attribution, Path trace,
                           int intraOpThreads, RunEnvironment environment) {

    public LayerProfile {
        layers = List.copyOf(layers);
        layerTypes = List.copyOf(layerTypes);
    }

    /** Optimizer steps seen in the trace (its data-stage markers). */
    public int steps() {
        return breakdown.steps();
    }

    /** The operators no rule maps, counted as {@link LayerType#OTHER}, longest first. */
    public List<UnmappedOperator> unmapped() {
        return breakdown.unmapped();
    }

    /** Trainable parameters of the network. */
    public long parameters() {
        return layers.stream().mapToLong(LayerCost::parameters).sum();
    }

    /** The measured joules of the profiled interval, which the rows share out. */
    public double totalEnergyJoules() {
        return interval.energyJoules();
    }
}
