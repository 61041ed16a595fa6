package org.greentrain.train.trainer;

/** Tracks the best evaluation value of a run and says when {@link EarlyStopping}'s patience has run out. */
final class EarlyStopper {

    private final EarlyStopping rule;
    private double best = Double.NaN;
    private int epochsWithoutImprovement;

    EarlyStopper(EarlyStopping rule) {
        this.rule = rule;
    }

    /** Records an epoch's test loss and accuracy; true when training should stop now. */
    boolean shouldStop(double testLoss, double testAccuracy) {
        double value = rule.monitor() == EarlyStopping.Monitor.LOSS ? testLoss : testAccuracy;
        if (Double.isNaN(best) || rule.improves(value, best)) {
            best = value;
            epochsWithoutImprovement = 0;
            return false;
        }
        epochsWithoutImprovement++;
        return epochsWithoutImprovement >= rule.patience();
    }
}
