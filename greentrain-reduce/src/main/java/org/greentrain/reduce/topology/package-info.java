/**
 * Vietoris–Rips persistent homology over Z/2 in dimensions 0 to 2, used by PHL.
 */
package org.greentrain.reduce.topology;
