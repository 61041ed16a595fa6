/**
 * The {@code predict} verb: {@link org.greentrain.cli.predict.PredictCommand} loads a model saved by
 * {@code train --save} with its input schema and scaler, reads the rows ({@code InputReader}: built-in datasets and
 * labelled files through greentrain-data's loaders, unlabelled CSV through {@code UnlabelledCsv}) in the model's
 * column order, predicts them under the meter, evaluates them when they have labels, writes the predictions
 * ({@code PredictionCsv}) and renders tables ({@code PredictionText}) or JSON ({@code PredictionJson}).
 */
package org.greentrain.cli.predict;
