/**
 * Pruners that stop poor trials from their intermediate values: median rule, asynchronous successive halving,
 * Hyperband, and {@link org.greentrain.tune.pruner.ParetoPruner}, which prunes on (metric, joules) dominance and so
 * works in multi-objective studies.
 */
package org.greentrain.tune.pruner;
