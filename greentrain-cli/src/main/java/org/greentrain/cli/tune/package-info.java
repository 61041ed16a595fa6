/**
 * The tuning verbs: {@code tune} (run a study of any command, or later of a training run), {@code ask} and
 * {@code tell} (language-agnostic ask-and-tell), and {@code studies list|show|export}. The commands parse options,
 * call {@code greentrain-tune} and render; study resolution ({@link org.greentrain.cli.tune.StudyDefinition}), sampler
 * choice ({@link org.greentrain.cli.tune.SamplerSettings}) and rendering ({@link org.greentrain.cli.tune.StudyText},
 * {@link org.greentrain.cli.tune.StudyJson}) are shared between them.
 */
package org.greentrain.cli.tune;
