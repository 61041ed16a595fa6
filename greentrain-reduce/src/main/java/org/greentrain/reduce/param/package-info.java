/**
 * Typed method parameters: the schema that validates the CLI's key=value pairs and prints each method's help.
 */
package org.greentrain.reduce.param;
