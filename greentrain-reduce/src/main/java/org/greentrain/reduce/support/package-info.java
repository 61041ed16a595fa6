/**
 * Small shared helpers: seeded random streams, a boxing-free stable index sort, and largest-first task scheduling.
 */
package org.greentrain.reduce.support;
