/**
 * Studies and trials: ask-and-tell ({@link org.greentrain.tune.study.Study#ask()},
 * {@link org.greentrain.tune.study.Study#tell}) and define-by-run
 * ({@link org.greentrain.tune.study.Study#optimize}) with per-trial energy measurement, an energy budget, a target
 * stop, parallel workers and heartbeats; goals (with the reserved {@code energy} goal), the Pareto front and its
 * hypervolume.
 */
package org.greentrain.tune.study;
