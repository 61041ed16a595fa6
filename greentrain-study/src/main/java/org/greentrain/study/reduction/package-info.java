/**
 * The data-reduction paper's study end to end (spec data-reduction.md §4): a {@link
 * org.greentrain.study.reduction.ReductionDesign} (methods, fractions kept, repeats, model and epochs) is run by the
 * {@link org.greentrain.study.reduction.ReductionRunner}, which stores each run as a trial of a tune study ({@link
 * org.greentrain.study.reduction.ReductionStudy}) so that an interrupted study resumes at its last finished run; {@link
 * org.greentrain.study.reduction.ReductionStatistics} aggregates the runs as the paper does (medians, Spearman's ρ of
 * ε per fraction, savings against the full data), {@link org.greentrain.study.reduction.Highlights} states the
 * findings and {@link org.greentrain.study.reduction.ReductionReport} turns a stored study into a report.
 */
package org.greentrain.study.reduction;
