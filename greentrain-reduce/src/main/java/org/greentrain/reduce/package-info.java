/**
 * Data reduction: the {@link org.greentrain.reduce.Reducer} interface, its {@link org.greentrain.reduce.Reduction}
 * result and the {@link org.greentrain.reduce.ReductionMethod} registry. Methods live in {@code reducer} (and {@code
 * fes}); the algorithms they share in {@code geometry}, {@code cluster}, {@code topology} and {@code protodash}; the ε
 * metric in {@code metric}.
 */
package org.greentrain.reduce;
