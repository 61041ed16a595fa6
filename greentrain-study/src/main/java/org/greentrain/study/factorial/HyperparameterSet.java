package org.greentrain.study.factorial;

import org.greentrain.train.trainer.OptimizerSpec;
import org.greentrain.tune.space.Params;

/**
 * One random hyperparameter set of an ablation. The same sets are used in every cell (a paired design, as the
 * tuning paper's RQ2).
 *
 * @param index     position of the set, from 0
 * @param params    the drawn values by name
 * @param optimizer the Adam optimizer they give
 */
public record HyperparameterSet(int index, Params params, OptimizerSpec.Adam optimizer) {
}
