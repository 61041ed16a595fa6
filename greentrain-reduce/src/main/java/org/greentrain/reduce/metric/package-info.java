/**
 * ε-representativeness, the topological metric of how well a reduced dataset covers the full one.
 */
package org.greentrain.reduce.metric;
