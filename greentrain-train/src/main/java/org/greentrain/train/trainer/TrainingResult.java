package org.greentrain.train.trainer;

import java.util.List;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.train.metrics.ClassificationReport;

/**
 * The record of one training run: what was trained (spec, layers, parameter count), how (hyperparameters and seeds,
 * data plan), on what (dataset and sizes), every epoch, the final evaluation, and what it all cost, with the
 * environment it ran in. The total measurement covers the whole run: model set-up, any data reduction (including
 * forgetting-events pre-training), every epoch with its evaluations, and the final evaluation; its phases break it
 * down.
 *
 * @param spec           canonical model spec
 * @param layers         the resolved layers, one line each
 * @param parameterCount trainable parameters
 * @param config         hyperparameters and seeds
 * @param dataPlan       which rows were trained on, for example {@code full} or {@code fes:0.3,init=5}
 * @param trainDataset   name of the training set
 * @param trainRows      training rows before any reduction
 * @param testRows       evaluation rows, 0 without a test set
 * @param classNames     class names, indexed by label
 * @param reduction      the reduction and its cost, or null when training on the full set
 * @param epochs         one record per epoch run
 * @param stopReason     whether every epoch ran or early stopping ended the run
 * @param test           the final evaluation on the test set, or null without one
 * @param measurement    time and energy of the whole run
 * @param environment    machine, software and meter sources of the run
 */
public record TrainingResult(String spec, List<String> layers, long parameterCount, TrainingConfig config,
                             String dataPlan, String trainDataset, int trainRows, int testRows,
                             List<String> classNames, ReductionSummary reduction, List<EpochRecord> epochs,
                             StopReason stopReason, ClassificationReport test, Measurement measurement,
                             RunEnvironment environment) {

    public TrainingResult {
        layers = List.copyOf(layers);
        classNames = List.copyOf(classNames);
        epochs = List.copyOf(epochs);
    }

    /** The last epoch's record. */
    public EpochRecord lastEpoch() {
        return epochs.get(epochs.size() - 1);
    }
}
