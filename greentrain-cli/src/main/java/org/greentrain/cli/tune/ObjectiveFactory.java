package org.greentrain.cli.tune;

import java.util.List;
import java.util.Optional;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;

/**
 * One kind of thing {@code greentrain tune} can evaluate per trial: an external command
 * ({@link CommandObjectiveOptions}) or a training run ({@link TrainingObjectiveOptions}). Each kind is a picocli
 * mixin of {@link TuneCommand} implementing this interface, and {@code TuneCommand.objectiveFactory()} picks the one
 * the user gave.
 */
public interface ObjectiveFactory {

    /** Whether the user gave this kind's options. */
    boolean given();

    /**
     * Builds the objective for a study with this space and these goals; its values are those of the non-energy goals,
     * in goal order (the energy goal is filled from the measured joules).
     *
     * @throws IllegalArgumentException when the options do not fit the space or goals (nothing is written)
     */
    Objective create(SearchSpace space, List<Goal> goals);

    /**
     * The goals of a new study when neither {@code --objective} nor {@code --direction} is given, or empty for the
     * storage's own default (one value, minimised).
     */
    default Optional<List<Goal>> defaultGoals() {
        return Optional.empty();
    }

    /** The study name used when {@code --study} is not given: stable for the same options. */
    String defaultStudyName();

    /** A one-line description, stored with the study (attribute {@code objective}) and shown with it. */
    String describe();
}
