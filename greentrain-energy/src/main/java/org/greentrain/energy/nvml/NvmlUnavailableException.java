package org.greentrain.energy.nvml;

/** NVML cannot be used on this machine; the message says why, in one line. */
public final class NvmlUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NvmlUnavailableException(String reason) {
        super(reason);
    }
}
