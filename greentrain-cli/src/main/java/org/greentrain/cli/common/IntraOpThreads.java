package org.greentrain.cli.common;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's intra-op thread count (the threads one operator such as a convolution may use), process-wide. Training
 * runs on DJL's PyTorch engine, which is loaded on first use.
 */
public final class IntraOpThreads {

    private static final String ENGINE = "PyTorch";

    private IntraOpThreads() {
    }

    /**
     * Sets the thread count for every later operator of this process.
     *
     * @throws UsageException for a count below 1
     */
    public static void set(int threads) {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        Engine.getEngine(ENGINE);
        JniUtils.setNumThreads(threads);
    }

    /** The thread count in force. */
    public static int current() {
        Engine.getEngine(ENGINE);
        return JniUtils.getNumThreads();
    }
}
