/**
 * ProtoDash prototype selection and its box-constrained QP solver, used by PRD.
 */
package org.greentrain.reduce.protodash;
