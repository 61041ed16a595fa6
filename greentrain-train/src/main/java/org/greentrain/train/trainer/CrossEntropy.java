package org.greentrain.train.trainer;

import ai.djl.ndarray.NDArray;

/**
 * Softmax cross-entropy over C logits, for binary and multi-class alike. (The data-reduction paper used one logit with
 * a sigmoid and BCE for its binary task; two logits with softmax are the same model family, parametrised differently.)
 */
final class CrossEntropy {

    private CrossEntropy() {
    }

    /**
     * The mean loss of a batch, or {@code sum(w_i nll_i) / sum(w_i)} with per-row weights, as PyTorch's
     * {@code CrossEntropyLoss(weight=...)}.
     *
     * @param logits  {@code B x C}
     * @param labels  {@code B}, int64
     * @param weights {@code B} per-row weights, or null
     */
    static NDArray loss(NDArray logits, NDArray labels, NDArray weights) {
        NDArray logLikelihood = logits.logSoftmax(1).gather(labels.expandDims(1), 1);
        if (weights == null) {
            return logLikelihood.mean().neg();
        }
        return logLikelihood.squeeze(1).mul(weights).sum().neg().div(weights.sum());
    }
}
