package org.greentrain.train.trainer;

import org.greentrain.train.model.NetworkModel;

/**
 * A trained network together with the record of its training, for callers that go on to evaluate, predict or save.
 * Closing it frees the network.
 *
 * @param model  the trained network
 * @param result the training record
 */
public record FittedModel(NetworkModel model, TrainingResult result) implements AutoCloseable {

    @Override
    public void close() {
        model.close();
    }
}
