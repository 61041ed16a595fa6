package org.greentrain.reduce.fes;

import org.greentrain.data.Dataset;

/**
 * What FES needs from a model: train on the full data for some epochs and count forgetting events. The training module
 * supplies it (its trainer evaluates all rows in row order after each epoch and calls
 * {@link ForgettingEvents#record}); the reduction module only counts and selects.
 */
@FunctionalInterface
public interface ForgettingHook {

    /**
     * Trains a fresh model on {@code data} for {@code epochs} epochs with {@code seed}, recording one evaluation pass
     * over all rows (in row order) after each epoch.
     *
     * @return the counters, sized to {@code data.rows()}
     */
    ForgettingEvents count(Dataset data, int epochs, long seed);
}
