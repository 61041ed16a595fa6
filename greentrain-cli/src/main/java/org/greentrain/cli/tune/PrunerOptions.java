package org.greentrain.cli.tune;

import java.util.Locale;
import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.pruner.Pruners;
import picocli.CommandLine.Option;

/**
 * {@code --pruner} (a name with optional settings) and {@code --max-steps}. A pruner acts on the progress lines a command prints
 * ({@code greentrain-report STEP VALUE [JOULES]}); without them it never prunes.
 */
public final class PrunerOptions {

    @Option(names = "--pruner", paramLabel = "NAME[:KEY=VALUE,...]", defaultValue = "none",
            description = "none (default), median, asha, hyperband (needs --max-steps) or pareto (accuracy and energy "
                    + "of two-objective studies), with optional settings: median:startup=5,warmup=0,min-trials=1; "
                    + "asha:min-resource=1,eta=3,s=0; hyperband:min-resource=1,eta=3 (max-resource=N in place of "
                    + "--max-steps); pareto:warmup=0,min-peers=4,fraction=0.5 (the defaults shown).")
    String pruner;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "The last step the command reports (e.g. its epochs), for hyperband.")
    Long maxSteps;

    /**
     * The pruner.
     *
     * @throws UsageException for an unknown name or setting, a value out of range, or hyperband without its last step
     */
    public Pruner build() {
        boolean hyperband = pruner.split(":", 2)[0].strip().toLowerCase(Locale.ROOT).equals("hyperband");
        if (hyperband && maxSteps == null && !pruner.contains("max-resource")) {
            throw new UsageException("the hyperband pruner needs --max-steps N, the last step your command reports");
        }
        if (maxSteps != null && maxSteps < 1) {
            throw new UsageException("--max-steps must be >= 1, got " + maxSteps);
        }
        try {
            return Pruners.byName(pruner, maxSteps == null ? 0 : maxSteps);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
