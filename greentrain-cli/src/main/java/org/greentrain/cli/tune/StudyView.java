package org.greentrain.cli.tune;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.EnergyBudget;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Pareto;

/**
 * A read-only snapshot of a stored study for display: its definition, attributes and trials, with the best trial (or
 * Pareto front and hypervolume) and the energy spent. Reading a study for display writes nothing.
 *
 * @param name    the study's name
 * @param storage where it lives
 * @param space   the canonical space
 * @param goals   the goals
 * @param attrs   the study's attributes (sampler, pruner, objective)
 * @param trials  every trial, by number
 */
public record StudyView(String name, String storage, String space, List<Goal> goals, Map<String, String> attrs,
                        List<FrozenTrial> trials) {

    /** Attribute holding {@link ObjectiveFactory#describe()}. */
    public static final String OBJECTIVE_ATTR = "objective";
    /** Attribute holding the pruner's description, set by the library at creation and by each {@code tune} run. */
    public static final String PRUNER_ATTR = "pruner";

    public StudyView {
        goals = List.copyOf(goals);
        attrs = Map.copyOf(attrs);
        trials = List.copyOf(trials);
    }

    /**
     * Reads the existing study {@code name} with all its trials.
     *
     * @throws org.greentrain.cli.common.UsageException when there is none, listing the studies there are
     */
    public static StudyView named(Storage storage, String name) {
        return read(storage, StudyDefinition.existing(storage, name).existing().orElseThrow());
    }

    /** Reads the study called {@code record.name()} with all its trials. */
    public static StudyView read(Storage storage, StudyRecord record) {
        return new StudyView(record.name(), storage.describe(), record.space(), Goal.parseAll(record.goals()),
                record.attrs(), storage.trials(record.id()));
    }

    /** Whether the study has several goals. */
    public boolean multiObjective() {
        return goals.size() > 1;
    }

    /** The best COMPLETE trial of a single-goal study (ties: the lowest number); empty for several goals. */
    public Optional<FrozenTrial> best() {
        return multiObjective() ? Optional.empty() : front().stream().findFirst();
    }

    /** The COMPLETE trials no other COMPLETE trial dominates, by number. */
    public List<FrozenTrial> front() {
        return Pareto.front(trials, goals);
    }

    /**
     * The hypervolume of the front of a two-goal study, with the reference point of
     * {@link Pareto#defaultReference}; empty for other goal counts or without COMPLETE trials.
     */
    public OptionalDouble hypervolume() {
        List<FrozenTrial> complete = trials.stream().filter(FrozenTrial::isComplete).toList();
        if (goals.size() != 2 || complete.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[][] points = Pareto.minimizedValues(complete, goals);
        return OptionalDouble.of(Pareto.hypervolume2d(points, Pareto.defaultReference(points)));
    }

    /** Joules of all trials with a known energy. */
    public double spentJoules() {
        return EnergyBudget.spentJoules(trials);
    }

    /** The sampler as the CLI stored it, for example {@code bo (seed 0)}, else the library's description. */
    public String samplerDescription() {
        String name = attrs.get(SamplerSettings.NAME_ATTR);
        if (name != null) {
            return name + " (seed " + attrs.get(SamplerSettings.SEED_ATTR) + ")";
        }
        return attrs.getOrDefault("sampler", "unknown");
    }
}
