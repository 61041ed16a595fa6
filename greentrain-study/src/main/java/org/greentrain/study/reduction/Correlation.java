package org.greentrain.study.reduction;

import org.greentrain.study.stats.Spearman;

/**
 * How ε relates to the model's quality at one fraction kept: Spearman's ρ of ε against accuracy and against macro-F1
 * over every (repeat, method) run at that fraction, as the paper computes it. Either correlation is null, with a
 * note, when fewer than three runs give a value.
 *
 * @param keep             the fraction kept
 * @param epsilonAccuracy  ρ(ε, accuracy) with its p-value, or null
 * @param epsilonMacroF1   ρ(ε, macro-F1) with its p-value, or null
 * @param note             why a correlation is missing, or null
 */
public record Correlation(double keep, Spearman epsilonAccuracy, Spearman epsilonMacroF1, String note) {
}
