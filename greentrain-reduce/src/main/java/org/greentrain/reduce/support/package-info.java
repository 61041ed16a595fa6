/**
 * Small shared helpers: seeded random streams and a boxing-free stable index sort.
 */
package org.greentrain.reduce.support;
