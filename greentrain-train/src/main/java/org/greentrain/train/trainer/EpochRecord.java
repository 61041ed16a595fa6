package org.greentrain.train.trainer;

/**
 * What one epoch did and cost. Loss and accuracy on the training set are running values over the epoch's batches in
 * training mode (dropout on), as most frameworks report them; test figures come from an eval-mode pass after the
 * epoch, NaN when there is no test set or per-epoch evaluation is off. Energy covers the whole epoch (training,
 * evaluation and, with forgetting events, the counting pass); {@code trainEnergyJoules} only the optimisation steps.
 *
 * @param epoch             1-based epoch number in the run
 * @param stage             {@code train}, {@code fes-pretrain} (forgetting-events pre-training) or {@code fes-reduced}
 * @param trainRows         rows trained on in this epoch
 * @param trainLoss         mean training loss over the epoch's batches, weighted by batch size
 * @param trainAccuracy     fraction of training rows predicted correctly during the epoch's steps
 * @param testLoss          mean cross-entropy on the test set after the epoch
 * @param testAccuracy      test accuracy after the epoch
 * @param trainSeconds      wall time of the optimisation steps
 * @param samplesPerSecond  training throughput, {@code trainRows / trainSeconds}
 * @param epochSeconds      wall time of the whole epoch
 * @param energyJoules      energy of the whole epoch
 * @param energyLowerJoules lower bound of the epoch's energy
 * @param energyUpperJoules upper bound of the epoch's energy
 * @param trainEnergyJoules energy of the optimisation steps alone
 * @param co2eGrams         carbon footprint of the epoch
 * @param energyProvenance  where the joules come from, for example {@code tdp-estimate+ram-estimate}
 */
public record EpochRecord(int epoch, String stage, int trainRows, double trainLoss, double trainAccuracy,
                          double testLoss, double testAccuracy, double trainSeconds, double samplesPerSecond,
                          double epochSeconds, double energyJoules, double energyLowerJoules,
                          double energyUpperJoules, double trainEnergyJoules, double co2eGrams,
                          String energyProvenance) {
}
