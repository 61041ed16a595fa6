package org.greentrain.tune.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.TrialState;

/**
 * What a sampler may look at when choosing trial {@code trialNumber}: the space, the goals and every trial of the study
 * (finished, running with parameters, and just-asked ones without parameters yet).
 *
 * @param space       the search space
 * @param goals       the study's objectives
 * @param trials      every trial of the study, by number, including the one being sampled (without parameters)
 * @param trialNumber the trial to choose parameters for
 */
public record SamplingContext(SearchSpace space, List<Goal> goals, List<FrozenTrial> trials, int trialNumber) {

    public SamplingContext {
        trials = List.copyOf(trials);
    }

    /** The trials that finished COMPLETE. */
    public List<FrozenTrial> completed() {
        return trials.stream().filter(t -> t.state() == TrialState.COMPLETE).toList();
    }

    /** The trials stopped early by a pruner that have parameters: points known to be poor, though not how poor. */
    public List<FrozenTrial> pruned() {
        return trials.stream().filter(t -> t.state() == TrialState.PRUNED && !t.params().isEmpty()).toList();
    }

    /** Other trials still RUNNING that already have parameters (candidates for a constant-liar value). */
    public List<FrozenTrial> runningWithParams() {
        List<FrozenTrial> out = new ArrayList<>();
        for (FrozenTrial t : trials) {
            if (t.state() == TrialState.RUNNING && t.number() != trialNumber && !t.params().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * How many trials with a smaller number are RUNNING without parameters: workers asking at the same moment. A
     * sampler that picks from a finite list skips that many entries so concurrent workers pick different points.
     */
    public int pendingBefore() {
        return pendingTrialsBefore().size();
    }

    /** The trials counted by {@link #pendingBefore()}, by number. */
    public List<FrozenTrial> pendingTrialsBefore() {
        return trials.stream().filter(t -> t.number() < trialNumber && t.state() == TrialState.RUNNING
                && t.params().isEmpty()).toList();
    }

    /** The same trials, seen when choosing trial {@code number} instead. */
    public SamplingContext forTrial(int number) {
        return new SamplingContext(space, goals, trials, number);
    }

    /** The same context with trial {@code number} given {@code params}: a guess at what its worker chose. */
    public SamplingContext withParams(int number, Params params) {
        List<FrozenTrial> out = new ArrayList<>();
        for (FrozenTrial t : trials) {
            out.add(t.number() != number ? t : new FrozenTrial(t.number(), t.state(), params, t.values(),
                    t.intermediates(), t.energy(), t.startedAt(), t.completedAt(), t.heartbeatAt(), t.attrs()));
        }
        return new SamplingContext(space, goals, out, trialNumber);
    }

    /** Whether the study has more than one objective. */
    public boolean isMultiObjective() {
        return goals.size() > 1;
    }

    /**
     * What a single-objective model minimises for this trial: with one goal, its value turned into minimisation; with
     * several, the {@link ParEgoScalarization} of this trial (weights from {@code seed} and the trial number, ranges
     * from the COMPLETE trials). Apply it to COMPLETE trials only.
     *
     * @throws IllegalArgumentException with several goals and no COMPLETE trial yet
     */
    public ToDoubleFunction<FrozenTrial> minimizedObjective(long seed) {
        if (!isMultiObjective()) {
            Goal goal = goals.get(0);
            return t -> goal.direction().toMinimized(t.value(0));
        }
        return ParEgoScalarization.forTrial(seed, trialNumber, goals, completed())::value;
    }

    /** The random stream of this trial for {@code seed}: independent of what other trials drew. */
    public SplittableRandom random(long seed) {
        return Seeds.forTrial(seed, trialNumber);
    }
}
