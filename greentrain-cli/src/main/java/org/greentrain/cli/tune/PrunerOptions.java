package org.greentrain.cli.tune;

import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.pruner.Pruners;
import picocli.CommandLine.Option;

/**
 * {@code --pruner} and {@code --max-steps}. A pruner acts on the progress lines a command prints
 * ({@code greentrain-report STEP VALUE [JOULES]}); without them it never prunes.
 */
public final class PrunerOptions {

    @Option(names = "--pruner", paramLabel = "NAME", defaultValue = "none",
            description = "none (default), median, asha, hyperband (needs --max-steps) or pareto (accuracy and energy "
                    + "of two-objective studies).")
    String pruner;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "The last step the command reports (e.g. its epochs), for hyperband.")
    Long maxSteps;

    /**
     * The pruner.
     *
     * @throws UsageException for an unknown name, or hyperband without --max-steps
     */
    public Pruner build() {
        if (pruner.strip().equalsIgnoreCase("hyperband") && maxSteps == null) {
            throw new UsageException("the hyperband pruner needs --max-steps N, the last step your command reports");
        }
        if (maxSteps != null && maxSteps < 1) {
            throw new UsageException("--max-steps must be >= 1, got " + maxSteps);
        }
        try {
            return Pruners.byName(pruner, maxSteps == null ? 1 : maxSteps);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
