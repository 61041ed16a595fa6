/**
 * The {@code train} verb: options are turned into a {@code greentrain-train} request ({@link
 * org.greentrain.cli.train.TrainCommand}), the data is split and scaled ({@link org.greentrain.cli.train.TrainingData}),
 * progress is drawn per epoch ({@link org.greentrain.cli.train.TrainProgress}), and the result is rendered as tables
 * ({@link org.greentrain.cli.train.TrainingText}) or JSON ({@link org.greentrain.cli.train.TrainingJson}).
 */
package org.greentrain.cli.train;
