package org.greentrain.data.io;

/**
 * What a loader does with a categorical (non-numeric) feature column. Neural networks and distance-based reducers
 * need numbers, so a categorical column is either refused or expanded explicitly, never silently coded as 0, 1, 2.
 */
public enum CategoricalPolicy {
    /** Refuse the file, naming the first categorical column. The default. */
    REJECT,
    /** Expand each categorical column into one 0/1 column per category, named {@code column=value}, values sorted. */
    ONE_HOT
}
