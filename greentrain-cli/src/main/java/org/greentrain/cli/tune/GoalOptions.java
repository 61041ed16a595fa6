package org.greentrain.cli.tune;

import java.util.List;
import java.util.Optional;
import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.Goal;
import picocli.CommandLine.Option;

/** What a study optimises: {@code --direction} for one value, or {@code --objective} for named, possibly several. */
public final class GoalOptions {

    @Option(names = "--direction", paramLabel = "minimize|maximize",
            description = "Minimise or maximise the one value (default for a new study: minimize).")
    String direction;

    @Option(names = "--objective", paramLabel = "NAME:max|min,...",
            description = "Named objectives, e.g. accuracy:max,energy:min; 'energy' alone minimises the measured "
                    + "joules. 'energy' is filled from the measured joules, the others come from the command.")
    String objective;

    /**
     * The goals given, or empty when neither option was (a stored study then keeps its own).
     *
     * @throws UsageException when both options are given
     */
    public Optional<List<Goal>> goals() {
        if (direction != null && objective != null) {
            throw new UsageException("give --direction or --objective, not both");
        }
        if (direction != null) {
            return Optional.of(Goal.single(Direction.parse(direction)));
        }
        return objective == null ? Optional.empty() : Optional.of(Goal.parseAll(objective));
    }
}
