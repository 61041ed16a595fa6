package org.greentrain.train.profile;

/**
 * An operator (or autograd node) that no rule maps to a layer type, so its time counts as {@link LayerType#OTHER}:
 * listed so that users see what was not mapped.
 *
 * @param name    the top-level operator, or the autograd node without its {@code evaluate_function} prefix
 * @param pass    the pass it ran in
 * @param calls   how many times it ran
 * @param seconds self time of it and every operator it called
 */
public record UnmappedOperator(String name, Pass pass, long calls, double seconds) {
}
