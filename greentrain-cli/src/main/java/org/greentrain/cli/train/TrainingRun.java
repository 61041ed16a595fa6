package org.greentrain.cli.train;

import java.nio.file.Path;
import org.greentrain.train.trainer.TrainingResult;

/**
 * What {@code greentrain train} reports: the library's training record, plus what the command decided around it.
 *
 * @param result  the training record
 * @param dataset the data as the user named it
 * @param split   how the test part was made
 * @param scaling the feature scaling applied
 * @param threads PyTorch intra-op threads in force
 * @param savedTo where the model was saved, or null
 */
record TrainingRun(TrainingResult result, String dataset, String split, String scaling, int threads, Path savedTo) {
}
