/**
 * The {@code profile} verb: options become a {@code greentrain-train} profile request ({@link
 * org.greentrain.cli.profile.ProfileCommand}), each training run draws a progress bar ({@link
 * org.greentrain.cli.profile.ProfileProgress}), and the result is rendered as tables ({@link
 * org.greentrain.cli.profile.ProfileText}) or JSON ({@link org.greentrain.cli.profile.ProfileJson}).
 */
package org.greentrain.cli.profile;
