package org.greentrain.cli.tune;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.common.Units;
import org.greentrain.tune.study.EnergyBudget;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Pareto;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialState;

/**
 * What {@code greentrain tune} tells the user while it works, on stderr through a {@link RunProgress}: how many trials
 * the study already holds, then a bar over the trials asked for (with the best value so far, or the size of the
 * Pareto front, and the joules the study has spent) on a terminal, or one line per finished trial otherwise. It reads
 * the study once a second from a daemon thread, so the optimisation loop knows nothing of it. Nothing with
 * {@code --quiet}.
 */
final class TuneProgress {

    private final RunProgress progress;
    private final Study study;
    private final Set<Integer> counted;
    private final int total;
    private final double budgetJoules;
    private final ScheduledExecutorService poll;

    private TuneProgress(RunProgress progress, Study study, Set<Integer> before, int trials, double budgetJoules) {
        this.progress = progress;
        this.study = study;
        this.counted = new HashSet<>(before);
        this.total = before.size() + trials;
        this.budgetJoules = budgetJoules;
        progress.start("tune study '" + study.name() + "'", "trials", before.size(), total,
                EnergyBudget.spentJoules(study.trials()));
        this.poll = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "greentrain-tune-progress");
            t.setDaemon(true);
            return t;
        });
        poll.scheduleWithFixedDelay(this::refresh, 0, 1, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code work}, a run of {@code trials} trials of {@code study}, reporting on {@code progress}, which it
     * closes.
     *
     * @param before the numbers of the trials that existed before this run
     */
    static <T> T during(RunProgress progress, Study study, Set<Integer> before, int trials, double budgetJoules,
                        Supplier<T> work) {
        if (progress.quiet()) {
            return work.get();
        }
        TuneProgress tune = new TuneProgress(progress, study, before, trials, budgetJoules);
        try {
            return work.get();
        } finally {
            tune.close();
        }
    }

    private void refresh() {
        try {
            List<FrozenTrial> all = study.trials();
            for (FrozenTrial t : all) {
                if (t.state().isFinished() && counted.add(t.number())) {
                    int done = counted.size();
                    progress.finished(done, joules(t), spent -> line(t, done, total, spent));
                }
            }
            progress.note(message(all, study.goals(), budgetJoules));
        } catch (RuntimeException e) {
            // a failed read only delays the next refresh
        }
    }

    /** The text beside the bar, for example {@code best 0.398 · 1.23 kJ of 50.00 kJ}. */
    static String message(List<FrozenTrial> trials, List<Goal> goals, double budgetJoules) {
        List<FrozenTrial> front = Pareto.front(trials, goals);
        String best = front.isEmpty() ? "no result yet" : goals.size() == 1
                ? "best " + value(front.get(0).value(0))
                : "front " + front.size();
        return best + " · " + Units.joules(EnergyBudget.spentJoules(trials))
                + (Double.isInfinite(budgetJoules) ? "" : " of " + Units.joules(budgetJoules));
    }

    /**
     * The line of a finished trial without a bar, for example
     * {@code trial 4/10  #3  value 0.2500  1.50 kJ  (total 4.02 kJ)}.
     */
    static String line(FrozenTrial trial, int done, int total, String spent) {
        String outcome = trial.state() == TrialState.COMPLETE
                ? (trial.values().length == 1 ? "value " : "values ")
                        + Arrays.stream(trial.values()).mapToObj(TuneProgress::value).collect(Collectors.joining(", "))
                : trial.state() == TrialState.PRUNED ? "pruned"
                : "failed: " + trial.failReason().orElse("no reason recorded");
        return String.format(Locale.ROOT, "trial %d/%d  #%d  %s  %s  (total %s)", done, total, trial.number(), outcome,
                Units.joules(joules(trial)), spent);
    }

    private static String value(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static double joules(FrozenTrial trial) {
        return trial.energy() == null ? 0 : trial.energy().joules();
    }

    private void close() {
        poll.shutdownNow();
        try {
            poll.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refresh();
        progress.close();
    }
}
