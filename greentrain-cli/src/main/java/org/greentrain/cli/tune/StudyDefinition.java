package org.greentrain.cli.tune;

import java.util.List;
import java.util.Optional;
import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Study;

/**
 * The space and goals a command works with, resolved without writing anything: what the user gave, else what the
 * stored study has, else (goals of a new study) one value to minimise. A stored study whose space or goals differ from
 * those given is refused, with both definitions in the message. {@link #open} then creates or loads the study.
 *
 * @param name     the study's name
 * @param space    the search space
 * @param goals    the goals
 * @param existing the stored study, when there is one
 */
public record StudyDefinition(String name, SearchSpace space, List<Goal> goals, Optional<StudyRecord> existing) {

    /**
     * Resolves the definition of study {@code name}.
     *
     * @throws UsageException when the study does not exist and no space was given
     */
    public static StudyDefinition resolve(Storage storage, String name, Optional<SearchSpace> givenSpace,
                                          Optional<List<Goal>> givenGoals) {
        Optional<StudyRecord> existing = storage.findStudy(name);
        if (existing.isEmpty() && givenSpace.isEmpty()) {
            throw new UsageException("no study '" + name + "' in " + storage.describe() + "; give --space to create it"
                    + existingNames(storage));
        }
        SearchSpace space = givenSpace.orElseGet(() -> SearchSpace.parse(existing.orElseThrow().space()));
        List<Goal> goals = givenGoals.orElseGet(() -> existing.map(r -> Goal.parseAll(r.goals()))
                .orElse(Goal.single(Direction.MINIMIZE)));
        existing.ifPresent(r -> checkSame(r, space, goals));
        return new StudyDefinition(name, space, goals, existing);
    }

    private static void checkSame(StudyRecord r, SearchSpace space, List<Goal> goals) {
        if (!r.space().equals(space.canonical()) || !r.goals().equals(Goal.canonical(goals))) {
            throw new UsageException("study '" + r.name() + "' exists with space '" + r.space() + "' and goals '"
                    + r.goals() + "', but space '" + space.canonical() + "' and goals '" + Goal.canonical(goals)
                    + "' were given; use another --study, or leave out --space and the goals to continue it");
        }
    }

    /**
     * Loads the existing study {@code name}, which must exist.
     *
     * @throws UsageException when it does not, listing the studies there are
     */
    public static StudyDefinition existing(Storage storage, String name) {
        StudyRecord r = storage.findStudy(name).orElseThrow(() -> new UsageException("no study '" + name + "' in "
                + storage.describe() + existingNames(storage)));
        return new StudyDefinition(name, SearchSpace.parse(r.space()), Goal.parseAll(r.goals()), Optional.of(r));
    }

    /** Creates the study, or loads it (the library checks again that its stored space and goals are these). */
    public Study open(Storage storage, Sampler sampler, Pruner pruner) {
        return Study.createOrLoad(storage, name, space, goals, sampler, pruner);
    }

    private static String existingNames(Storage storage) {
        List<String> names = storage.studies().stream().map(StudyRecord::name).toList();
        return names.isEmpty() ? "" : " (existing: " + String.join(", ", names) + ")";
    }
}
