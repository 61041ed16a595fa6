/**
 * The reduction methods that need no model (SRS, PRD, CLC, MMS, DES, PHL, NRMD, DOM, RKMEANS) with their parameter
 * records.
 */
package org.greentrain.reduce.reducer;
