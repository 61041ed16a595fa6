/**
 * Which hyperparameters matter, read from a study's finished trials: for its objective, or for the joules the trials
 * cost ({@link org.greentrain.tune.importance.PedAnova}).
 */
package org.greentrain.tune.importance;
