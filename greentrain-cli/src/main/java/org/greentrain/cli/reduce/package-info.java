/**
 * The {@code reduce} and {@code epsilon} verbs. {@link org.greentrain.cli.reduce.ReduceCommand} checks the options,
 * loads and optionally scales the data ({@code ReduceInput}), runs every method at every fraction with ε
 * ({@code ReductionBatch}; FES trains through {@link org.greentrain.train.trainer.TrainingForgettingHook}), writes the
 * reduced rows in the input's units ({@code ReducedCsv}) and renders tables ({@code ReduceText}) or JSON
 * ({@code ReduceJson}); {@link org.greentrain.cli.reduce.EpsilonCommand} measures ε between two files.
 */
package org.greentrain.cli.reduce;
