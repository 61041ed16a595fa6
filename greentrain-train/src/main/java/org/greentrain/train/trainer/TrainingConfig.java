package org.greentrain.train.trainer;

import java.util.Objects;

/**
 * The hyperparameters of a training run: optimizer, batch size, epochs, class weighting, optional early stopping,
 * the two seeds, and how often the loss is read back for the divergence check. {@link #defaults()} gives the
 * green-training paper's setting (Adam with PyTorch defaults, batch 512, 25 epochs, seed 1234); change fields with the
 * {@code with} methods.
 *
 * @param optimizer         optimizer and its hyperparameters
 * @param batchSize         examples per step
 * @param epochs            passes over the training data (for forgetting events: including the pre-training epochs)
 * @param classWeights      per-class loss weighting
 * @param earlyStopping     early stopping on the evaluation set, or null for none
 * @param initSeed          seed of the initial weights
 * @param shuffleSeed       seed of the per-epoch batch order and of dropout masks
 * @param lossCheckInterval read the per-batch losses back every this many batches to stop on a NaN/Inf loss; the end
 *                          of each epoch is always checked
 * @param evaluateEachEpoch whether to evaluate the test set after every epoch (needed for early stopping)
 */
public record TrainingConfig(OptimizerSpec optimizer, int batchSize, int epochs, ClassWeighting classWeights,
                             EarlyStopping earlyStopping, long initSeed, long shuffleSeed, int lossCheckInterval,
                             boolean evaluateEachEpoch) {

    public TrainingConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(classWeights, "classWeights");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (lossCheckInterval < 1) {
            throw new IllegalArgumentException("loss check interval must be at least 1 batch, got "
                    + lossCheckInterval);
        }
        if (earlyStopping != null && !evaluateEachEpoch) {
            throw new IllegalArgumentException("early stopping needs the test set evaluated after every epoch");
        }
    }

    /** Adam (lr 0.001, betas 0.9/0.999, eps 1e-8), batch 512, 25 epochs, no class weights, seeds 1234. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(OptimizerSpec.Adam.defaults(), 512, 25, ClassWeighting.NONE, null, 1234, 1234, 10,
                true);
    }

    public TrainingConfig withOptimizer(OptimizerSpec value) {
        return new TrainingConfig(value, batchSize, epochs, classWeights, earlyStopping, initSeed, shuffleSeed,
                lossCheckInterval, evaluateEachEpoch);
    }

    /** Parses the optimizer with {@link OptimizerSpec#parse(String)}. */
    public TrainingConfig withOptimizer(String value) {
        return withOptimizer(OptimizerSpec.parse(value));
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(optimizer, value, epochs, classWeights, earlyStopping, initSeed, shuffleSeed,
                lossCheckInterval, evaluateEachEpoch);
    }

    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(optimizer, batchSize, value, classWeights, earlyStopping, initSeed, shuffleSeed,
                lossCheckInterval, evaluateEachEpoch);
    }

    public TrainingConfig withClassWeights(ClassWeighting value) {
        return new TrainingConfig(optimizer, batchSize, epochs, value, earlyStopping, initSeed, shuffleSeed,
                lossCheckInterval, evaluateEachEpoch);
    }

    /** Early stopping, or null to train every epoch. */
    public TrainingConfig withEarlyStopping(EarlyStopping value) {
        return new TrainingConfig(optimizer, batchSize, epochs, classWeights, value, initSeed, shuffleSeed,
                lossCheckInterval, evaluateEachEpoch);
    }

    /** The same seed for weights and shuffling. */
    public TrainingConfig withSeed(long seed) {
        return new TrainingConfig(optimizer, batchSize, epochs, classWeights, earlyStopping, seed, seed,
                lossCheckInterval, evaluateEachEpoch);
    }

    public TrainingConfig withSeeds(long init, long shuffle) {
        return new TrainingConfig(optimizer, batchSize, epochs, classWeights, earlyStopping, init, shuffle,
                lossCheckInterval, evaluateEachEpoch);
    }

    public TrainingConfig withLossCheckInterval(int value) {
        return new TrainingConfig(optimizer, batchSize, epochs, classWeights, earlyStopping, initSeed, shuffleSeed,
                value, evaluateEachEpoch);
    }

    public TrainingConfig withEvaluateEachEpoch(boolean value) {
        return new TrainingConfig(optimizer, batchSize, epochs, classWeights, earlyStopping, initSeed, shuffleSeed,
                lossCheckInterval, value);
    }
}
