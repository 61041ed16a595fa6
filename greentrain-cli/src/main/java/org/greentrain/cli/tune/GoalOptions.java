package org.greentrain.cli.tune;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.Goal;
import picocli.CommandLine.Option;

/** What a study optimises: {@code --direction} for one value, or {@code --objective} for named, possibly several. */
public final class GoalOptions {

    /** Metrics that need no direction: {@code accuracy} alone means {@code accuracy:max}. */
    private static final List<String> MAXIMISED = List.of("accuracy");

    @Option(names = "--direction", paramLabel = "minimize|maximize",
            description = "Minimise or maximise the one value (default for a new study: minimize).")
    String direction;

    @Option(names = "--objective", paramLabel = "NAME:max|min,...",
            description = "Named objectives, e.g. accuracy:max,energy:min; 'energy' alone minimises the measured "
                    + "joules and 'accuracy' alone means accuracy:max. 'energy' is filled from the measured joules, "
                    + "the others come from the command (or, with --dataset, the training).")
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
        return objective == null ? Optional.empty() : Optional.of(Goal.parseAll(withDirections(objective)));
    }

    /** Gives each bare well-known metric of {@code text} its natural direction, e.g. accuracy,energy. */
    private static String withDirections(String text) {
        return String.join(",", Arrays.stream(text.split(",", -1))
                .map(p -> MAXIMISED.contains(p.strip()) ? p.strip() + ":max" : p).toList());
    }
}
