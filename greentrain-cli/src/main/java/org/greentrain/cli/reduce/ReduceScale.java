package org.greentrain.cli.reduce;

/**
 * The values of {@code --scale} for {@code reduce} and {@code epsilon}: min-max scaling fitted on all rows of the full
 * data before reducing (the data-reduction paper's protocol), or the data as given.
 */
enum ReduceScale {
    MINMAX,
    NONE
}
