/**
 * Objectives beyond Java functions: {@link org.greentrain.tune.objective.ExternalCommandObjective} runs any command per
 * trial (shell-free argument splitting, parameter placeholders, result from standard output or a JSON field, progress
 * lines for pruning).
 */
package org.greentrain.tune.objective;
