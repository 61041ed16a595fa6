package org.greentrain.bench.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/** Fixes PyTorch's intra-op thread count in this JVM, as {@code torch.set_num_threads} does on the Python side. */
final class EngineThreads {

    private EngineThreads() {
    }

    /** Loads the PyTorch engine, sets its intra-op threads and returns the engine's description. */
    static String use(int threads) {
        Engine engine = Engine.getEngine("PyTorch");
        JniUtils.setNumThreads(threads);
        return "djl=" + Engine.getDjlVersion() + " pytorch=" + engine.getVersion() + " threads="
                + JniUtils.getNumThreads() + " interop_threads=" + JniUtils.getNumInteropThreads();
    }
}
