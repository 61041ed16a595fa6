package org.greentrain.cli.predict;

import java.nio.file.Path;
import java.util.List;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.train.io.ClassProbabilities;
import org.greentrain.train.metrics.ClassificationReport;

/**
 * What {@code greentrain predict} reports.
 *
 * @param model       the model directory
 * @param spec        the model's canonical spec
 * @param parameters  trainable parameters of the network
 * @param scaling     the saved scaling applied: minmax, zscore or none
 * @param classNames  the classes, indexed by predicted class
 * @param input       the rows predicted
 * @param predictions the prediction and probabilities of every row
 * @param evaluation  the predictions against the input's labels, or null when it has none
 * @param out         the CSV file written, or null
 * @param threads     PyTorch intra-op threads in force
 * @param measurement the energy of inference (phase {@value PredictCommand#INFERENCE}) and of writing the output
 * @param environment the machine and libraries
 */
record PredictionRun(Path model, String spec, long parameters, String scaling, List<String> classNames,
                     PredictionInput input, ClassProbabilities predictions, ClassificationReport evaluation, Path out,
                     int threads, Measurement measurement, RunEnvironment environment) {

    /** The inference phase of the measurement. */
    Measurement inference() {
        return measurement.phase(PredictCommand.INFERENCE).orElseThrow();
    }

    /** Joules of inference per 1,000 predictions. */
    double joulesPerThousand() {
        return inference().energyJoules() * 1000 / input.rows();
    }
}
