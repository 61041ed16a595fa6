package org.greentrain.train.trainer;

/**
 * Where a run is, reported after each optimizer step.
 *
 * @param epoch       current epoch, 1-based
 * @param epochs      epochs planned for the run
 * @param batch       steps done in this epoch
 * @param batches     steps in this epoch
 * @param stage       {@code train}, {@code fes-pretrain} or {@code fes-reduced}
 */
public record BatchProgress(int epoch, int epochs, int batch, int batches, String stage) {
}
