package org.greentrain.energy.nvml;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * {@link NvmlApi} over the real {@code libnvidia-ml.so.1} through JNA. Kept deliberately thin: each method is one
 * native call and a return-code check.
 */
public final class JnaNvml implements NvmlApi {

    /** The shared library NVIDIA's driver installs. */
    public static final String LIBRARY = "nvidia-ml";

    private static final int NVML_SUCCESS = 0;
    private static final int NVML_ERROR_NOT_SUPPORTED = 3;

    /** The C functions used, named as in {@code nvml.h}. */
    interface Native_ extends Library {
        int nvmlInit_v2();

        int nvmlShutdown();

        int nvmlDeviceGetCount_v2(IntByReference count);

        int nvmlDeviceGetHandleByIndex_v2(int index, PointerByReference device);

        int nvmlDeviceGetName(Pointer device, byte[] name, int length);

        int nvmlDeviceGetTotalEnergyConsumption(Pointer device, LongByReference millijoules);

        int nvmlDeviceGetPowerUsage(Pointer device, IntByReference milliwatts);
    }

    private final Native_ nvml;
    private final Pointer[] devices;

    private JnaNvml(Native_ nvml, Pointer[] devices) {
        this.nvml = nvml;
        this.devices = devices;
    }

    /**
     * Loads and initialises NVML from {@code library}.
     *
     * @throws NvmlUnavailableException when the library is absent or NVML fails to initialise
     */
    public static JnaNvml load(String library) {
        Native_ nvml;
        try {
            nvml = Native.load(library, Native_.class);
        } catch (UnsatisfiedLinkError e) {
            throw new NvmlUnavailableException("lib" + library + ".so.1 not found (no NVIDIA driver installed)");
        }
        check(nvml.nvmlInit_v2(), "nvmlInit");
        IntByReference count = new IntByReference();
        check(nvml.nvmlDeviceGetCount_v2(count), "nvmlDeviceGetCount");
        Pointer[] devices = new Pointer[count.getValue()];
        for (int i = 0; i < devices.length; i++) {
            PointerByReference handle = new PointerByReference();
            check(nvml.nvmlDeviceGetHandleByIndex_v2(i, handle), "nvmlDeviceGetHandleByIndex");
            devices[i] = handle.getValue();
        }
        return new JnaNvml(nvml, devices);
    }

    private static void check(int rc, String call) {
        if (rc != NVML_SUCCESS) {
            throw new NvmlUnavailableException(call + " failed with NVML return code " + rc);
        }
    }

    @Override
    public int deviceCount() {
        return devices.length;
    }

    @Override
    public String deviceName(int index) {
        byte[] buf = new byte[96];
        check(nvml.nvmlDeviceGetName(devices[index], buf, buf.length), "nvmlDeviceGetName");
        int len = 0;
        while (len < buf.length && buf[len] != 0) {
            len++;
        }
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    @Override
    public OptionalLong totalEnergyMillijoules(int index) {
        LongByReference mj = new LongByReference();
        int rc = nvml.nvmlDeviceGetTotalEnergyConsumption(devices[index], mj);
        if (rc == NVML_ERROR_NOT_SUPPORTED) {
            return OptionalLong.empty();
        }
        check(rc, "nvmlDeviceGetTotalEnergyConsumption");
        return OptionalLong.of(mj.getValue());
    }

    @Override
    public long powerMilliwatts(int index) {
        IntByReference mw = new IntByReference();
        check(nvml.nvmlDeviceGetPowerUsage(devices[index], mw), "nvmlDeviceGetPowerUsage");
        return Integer.toUnsignedLong(mw.getValue());
    }

    @Override
    public void close() {
        nvml.nvmlShutdown();
    }
}
