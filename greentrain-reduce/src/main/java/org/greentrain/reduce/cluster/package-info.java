/**
 * Seeded k-means with Yinyang/Hamerly distance bounds, shared by CLC and RKMEANS.
 */
package org.greentrain.reduce.cluster;
