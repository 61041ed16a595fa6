/**
 * Energy-aware hyperparameter optimisation, organised as in Optuna: a {@link org.greentrain.tune.study.Study} holds a
 * {@link org.greentrain.tune.space.SearchSpace} and goals in a {@link org.greentrain.tune.storage.Storage}; a
 * {@link org.greentrain.tune.sampler.Sampler} chooses each trial's parameters from the history; a
 * {@link org.greentrain.tune.pruner.Pruner} stops poor trials early; every trial records its joules, with provenance
 * and uncertainty band, and its intermediate values with the joules spent by then.
 *
 * <pre>{@code
 * try (Storage storage = Storages.open("sqlite:studies.db")) {
 *     Study study = Study.createOrLoad(storage, "mlp", SearchSpace.parse("lr=1e-5..0.1:log,opt=adam|sgd"),
 *             Goal.parseAll("accuracy:max,energy:min"), new Nsga2Sampler(42), new ParetoPruner());
 *     OptimizeResult r = study.optimize(Objective.scalar(trial -> train(trial.getDouble("lr"), trial)),
 *             OptimizeOptions.trials(50).withMeter(meter).withEnergyBudgetJoules(2e6));
 *     List<FrozenTrial> front = study.bestTrials();
 * }
 * }</pre>
 *
 * Sub-packages: {@code space} (parameters and spec strings), {@code sampler} (grid, random, QMC, TPE, NSGA-II) and
 * {@code sampler.gp} (Gaussian-process BO), {@code pruner}, {@code study} (studies, trials, the optimise loop, energy
 * budget, Pareto front), {@code storage} (SQLite, PostgreSQL, in-memory; migrations), {@code objective} (external
 * commands).
 */
package org.greentrain.tune;
