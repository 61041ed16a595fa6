package org.greentrain.study.tuning;

import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.trainer.TrainingConfig;

/**
 * What one trial trains: the network and the hyperparameters its parameters chose.
 *
 * @param spec   the network
 * @param config optimizer, batch size and epochs (seeds are set per repeat)
 */
public record RunSettings(ModelSpec spec, TrainingConfig config) {
}
