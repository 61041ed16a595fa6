package org.greentrain.study.factorial;

import java.util.Map;
import org.greentrain.study.stats.FactorialRun;

/**
 * One finished run of an ablation as stored: which run it was, what it cost and what it achieved. Energy is that of
 * the training loop (every epoch), as in the tuning paper: building the model, moving the data into tensors and the
 * final test evaluation are left out.
 *
 * @param trial             the trial number in the study
 * @param cell              the cell label, for example {@code conv=1,linear=3,relu=off}
 * @param levels            factor name to level
 * @param hyper             index of the hyperparameter set
 * @param repetition        index of the repetition
 * @param optimizer         the optimizer with its drawn hyperparameters, canonical
 * @param energyJoules      energy of the training loop
 * @param energyLowerJoules lowest plausible energy
 * @param energyUpperJoules highest plausible energy
 * @param energyProvenance  where the joules come from, for example {@code tdp-estimate+ram-estimate}
 * @param seconds           wall time of the training loop
 * @param accuracy          final test accuracy
 * @param macroF1           final test macro-F1
 * @param parameterCount    trainable parameters of the network
 * @param processShare      share of the machine's CPU time used by this process during the run (1 = nothing else
 *                          ran); a low share means other load slowed the run down
 */
public record AblationRun(int trial, String cell, Map<String, String> levels, int hyper, int repetition,
                          String optimizer, double energyJoules, double energyLowerJoules, double energyUpperJoules,
                          String energyProvenance, double seconds, double accuracy, double macroF1,
                          long parameterCount, double processShare) {

    public AblationRun {
        levels = Map.copyOf(levels);
    }

    /** The run as the statistics take it. */
    public FactorialRun toFactorialRun() {
        return new FactorialRun(levels, energyJoules, accuracy);
    }
}
