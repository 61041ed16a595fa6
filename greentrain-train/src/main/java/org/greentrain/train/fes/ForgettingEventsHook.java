package org.greentrain.train.fes;

import org.greentrain.reduce.fes.ForgettingEvents;
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.model.TensorData;

/**
 * Drives the reduce module's {@link ForgettingEvents} counter from a training run: after each pre-training epoch,
 * {@link #afterEpoch} evaluates the network in eval mode (dropout off, batch norm on running statistics) on the
 * whole training set in its fixed row order and records which rows it gets right; {@link #select} then picks the rows
 * to keep (data-reduction spec §3.8).
 */
public final class ForgettingEventsHook {

    private final ForgettingEvents events;
    private final int[] labels;

    /** A counter for the rows of {@code train}, which every later call must pass again. */
    public ForgettingEventsHook(TensorData train) {
        this.events = new ForgettingEvents(train.rows());
        this.labels = train.labelValues();
    }

    /** One counting pass: predicts every row of {@code train} and records correctness. */
    public void afterEpoch(NetworkModel model, TensorData train) {
        if (train.rows() != labels.length) {
            throw new IllegalArgumentException("forgetting events count " + labels.length + " rows, got "
                    + train.rows());
        }
        events.record(model.predict(train).correct(labels));
    }

    /** Counting passes so far. */
    public int passes() {
        return events.passes();
    }

    /** Forgetting events per row so far. */
    public int[] forgetCounts() {
        return events.forgetCounts();
    }

    /** Whether each row was predicted right at the last pass. */
    public boolean[] lastCorrect() {
        return events.lastCorrect();
    }

    /** The rows to keep: per class the {@code trunc(keepFraction n_c)} rows forgotten most often. */
    public int[] select(int numClasses, double keepFraction) {
        return events.select(labels, numClasses, keepFraction);
    }
}
