package org.greentrain.data.scale;

/**
 * Which rows a scaler learns its statistics from when data is split into a training and a test part. Fitting on the
 * training part only is the sound default; fitting on all data before splitting reproduces the data-reduction paper's
 * protocol (spec data-reduction.md section 4.1), which lets test statistics leak into training, for comparisons with
 * its published numbers.
 */
public enum ScalerFit {
    /** Fit on the training part, apply to both parts. */
    TRAINING_PART,
    /** Fit on training and test parts together, that is on all data before splitting, as the paper did. */
    ALL_DATA
}
