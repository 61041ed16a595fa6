/**
 * Distances over column-major point sets (SIMD-friendly kernels), farthest-point sampling, ε-nets and a k-d tree.
 */
package org.greentrain.reduce.geometry;
