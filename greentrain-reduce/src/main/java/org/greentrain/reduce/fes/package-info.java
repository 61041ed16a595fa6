/**
 * Forgetting-events selection: the counter the trainer feeds, the hook it implements, and the FES reducer.
 */
package org.greentrain.reduce.fes;
