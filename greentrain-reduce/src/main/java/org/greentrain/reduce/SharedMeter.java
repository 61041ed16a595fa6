package org.greentrain.reduce;

import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;

/** The default energy meter of reducers called without one: discovered on first use, then shared by the JVM. */
final class SharedMeter {

    private SharedMeter() {
    }

    private static final class Holder {
        static final EnergyMeter METER = EnergyMeter.discover(MeterConfig.defaults());
    }

    static EnergyMeter get() {
        return Holder.METER;
    }
}
