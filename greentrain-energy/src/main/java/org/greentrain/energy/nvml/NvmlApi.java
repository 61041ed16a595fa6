package org.greentrain.energy.nvml;

import java.util.OptionalLong;

/**
 * The few NVML calls greentrain needs, as a Java interface. {@link JnaNvml} binds it to {@code libnvidia-ml.so.1}; the
 * logic above it (which path to use, how to integrate power) is tested against other implementations, since no GPU
 * exists where the tests run.
 */
public interface NvmlApi extends AutoCloseable {

    /** Number of GPUs NVML sees. */
    int deviceCount();

    /** Marketing name of device {@code index}, for example "NVIDIA A100-SXM4-40GB". */
    String deviceName(int index);

    /**
     * Total energy since the driver loaded, in millijoules, from {@code nvmlDeviceGetTotalEnergyConsumption}; empty when
     * the device has no energy counter (before Volta).
     */
    OptionalLong totalEnergyMillijoules(int index);

    /** Instantaneous board power in milliwatts, from {@code nvmlDeviceGetPowerUsage}. */
    long powerMilliwatts(int index);

    /** Shuts NVML down. */
    @Override
    void close();
}
