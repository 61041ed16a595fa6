package org.greentrain.cli.tune;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.cli.common.Units;
import org.greentrain.tune.study.EnergyBudget;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Pareto;
import org.greentrain.tune.study.Study;

/**
 * The progress bar of {@code greentrain tune} on stderr: trials finished by this run out of those asked for, the best
 * value so far (or the size of the Pareto front) and the joules the study has spent. It reads the study once a second
 * from a daemon thread, so the optimisation loop knows nothing of it.
 */
final class TuneProgress {

    private final Study study;
    private final Set<Integer> before;
    private final double budgetJoules;
    private final ProgressBar bar;
    private final ScheduledExecutorService poll;

    private TuneProgress(Study study, Set<Integer> before, int trials, double budgetJoules) {
        this.study = study;
        this.before = Set.copyOf(before);
        this.budgetJoules = budgetJoules;
        this.bar = new ProgressBarBuilder().setTaskName("tune " + study.name()).setInitialMax(trials)
                .setUnit(" trials", 1).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        this.poll = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "greentrain-tune-progress");
            t.setDaemon(true);
            return t;
        });
        poll.scheduleWithFixedDelay(this::refresh, 0, 1, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code work}, a run of {@code trials} trials of {@code study}, with a bar when {@code enabled}.
     *
     * @param before the numbers of the trials that existed before this run
     */
    static <T> T during(boolean enabled, Study study, Set<Integer> before, int trials, double budgetJoules,
                        Supplier<T> work) {
        if (!enabled) {
            return work.get();
        }
        TuneProgress progress = new TuneProgress(study, before, trials, budgetJoules);
        try {
            return work.get();
        } finally {
            progress.close();
        }
    }

    private void refresh() {
        try {
            List<FrozenTrial> all = study.trials();
            bar.stepTo(all.stream().filter(t -> t.state().isFinished() && !before.contains(t.number())).count());
            bar.setExtraMessage(message(all, study.goals(), budgetJoules));
        } catch (RuntimeException e) {
            // a failed read only delays the next refresh
        }
    }

    /** The text beside the bar, for example {@code best 0.398 · 1.23 kJ of 50.00 kJ}. */
    static String message(List<FrozenTrial> trials, List<Goal> goals, double budgetJoules) {
        List<FrozenTrial> front = Pareto.front(trials, goals);
        String best = front.isEmpty() ? "no result yet" : goals.size() == 1
                ? "best " + String.format(Locale.ROOT, "%.4g", front.get(0).value(0))
                : "front " + front.size();
        return best + " · " + Units.joules(EnergyBudget.spentJoules(trials))
                + (Double.isInfinite(budgetJoules) ? "" : " of " + Units.joules(budgetJoules));
    }

    private void close() {
        poll.shutdownNow();
        try {
            poll.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refresh();
        bar.close();
    }
}
