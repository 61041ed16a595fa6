package org.greentrain.energy.estimate;

import java.util.List;
import org.greentrain.energy.Provenance;
import org.greentrain.energy.Uncertainty;
import org.greentrain.energy.source.ComponentSpec;
import org.greentrain.energy.source.EnergyReader;
import org.greentrain.energy.source.EnergySource;

/**
 * Fixed CPU and RAM wattage, as CodeCarbon's offline tracker applies when it finds no counter. It exists so that
 * greentrain's figures can be compared with published ones: the data-reduction paper's runs used 42.5 W of CPU and
 * 23.43 W of RAM, which makes energy a rescaled wall-clock time.
 */
public final class ConstantPowerSource implements EnergySource {

    private static final Uncertainty UNCERTAINTY = new Uncertainty(-0.60, 1.90,
            "a constant TDP-based power is at least as uncertain as a TDP model (-60% to +190%)");

    private final double cpuWatts;
    private final double ramWatts;

    public ConstantPowerSource(double cpuWatts, double ramWatts) {
        if (!(cpuWatts >= 0) || !(ramWatts >= 0) || Double.isInfinite(cpuWatts) || Double.isInfinite(ramWatts)) {
            throw new IllegalArgumentException(
                    "constant power needs non-negative CPU and RAM watts, got " + cpuWatts + " and " + ramWatts);
        }
        this.cpuWatts = cpuWatts;
        this.ramWatts = ramWatts;
    }

    @Override
    public String name() {
        return "constant";
    }

    @Override
    public String description() {
        return String.format("constant model: CPU %.2f W + RAM %.2f W", cpuWatts, ramWatts);
    }

    @Override
    public EnergyReader open() {
        return new ConstantPowerReader(List.of(
                ComponentSpec.single("cpu", Provenance.CONSTANT_MODEL, UNCERTAINTY, true),
                ComponentSpec.single("ram", Provenance.CONSTANT_MODEL, UNCERTAINTY, true)),
                new double[] {cpuWatts, ramWatts});
    }
}
