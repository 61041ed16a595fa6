package org.greentrain.energy;

import java.util.Arrays;

/**
 * Where an energy figure came from. Every joule greentrain reports carries one of these, so that results measured by a
 * hardware counter are never silently compared with results that were estimated.
 */
public enum Provenance {
    /** Intel/AMD RAPL package counter read through powercap sysfs. */
    RAPL_PACKAGE("rapl-package", true),
    /** RAPL DRAM counter read through powercap sysfs. */
    RAPL_DRAM("rapl-dram", true),
    /** RAPL platform (psys) counter: an alternative whole-platform total, never added to the package sum. */
    RAPL_PSYS("rapl-psys", true),
    /** NVIDIA total-energy counter (Volta and later). */
    NVML_ENERGY_COUNTER("nvml-energy-counter", true),
    /** NVIDIA board power sampled and integrated over real timestamps (pre-Volta GPUs). */
    NVML_POWER_SAMPLED("nvml-power-sampled", true),
    /** CPU power modelled as idle + (TDP - idle) x utilisation. */
    TDP_ESTIMATE("tdp-estimate", false),
    /** RAM power modelled per GiB of installed memory. */
    RAM_ESTIMATE("ram-estimate", false),
    /** Fixed CPU and RAM wattage, as in CodeCarbon's offline mode; reproduces published figures. */
    CONSTANT_MODEL("constant-model", false);

    private final String id;
    private final boolean hardwareCounter;

    Provenance(String id, boolean hardwareCounter) {
        this.id = id;
        this.hardwareCounter = hardwareCounter;
    }

    /** The stable identifier written to JSON, CSV and storage, for example {@code rapl-package}. */
    public String id() {
        return id;
    }

    /** True when the figure comes from a hardware counter or sensor, false when it is a model. */
    public boolean isHardwareCounter() {
        return hardwareCounter;
    }

    @Override
    public String toString() {
        return id;
    }
}
