package org.greentrain.tune.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One objective of a study: a name and a direction. The name {@value #ENERGY} is reserved: its value is not returned
 * by the objective but filled in from the trial's measured joules, so {@code accuracy:max,energy:min} makes a
 * two-objective study in which the user's code returns only the accuracy.
 *
 * @param name      the objective's name
 * @param direction minimise or maximise
 */
public record Goal(String name, Direction direction) {

    /** The reserved name of the energy objective (joules of the trial). */
    public static final String ENERGY = "energy";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    public Goal {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad objective name '" + name + "'");
        }
        if (direction == null) {
            throw new IllegalArgumentException("objective '" + name + "' needs a direction");
        }
    }

    /** A single objective called {@code value}. */
    public static List<Goal> single(Direction direction) {
        return List.of(new Goal("value", direction));
    }

    /** Whether this is the energy objective, filled from measured joules. */
    public boolean isEnergy() {
        return name.equals(ENERGY);
    }

    /** {@code name:direction}. */
    public String canonical() {
        return name + ":" + direction.id();
    }

    /** The canonical form of a list of goals, in order. */
    public static String canonical(List<Goal> goals) {
        return String.join(",", goals.stream().map(Goal::canonical).toList());
    }

    /**
     * Parses {@code name:dir[,name:dir...]}; a bare {@code min} or {@code max} means one objective called
     * {@code value}, and a bare {@code energy} means {@code energy:min}.
     *
     * @throws IllegalArgumentException for a malformed entry, a duplicate name or an empty list
     */
    public static List<Goal> parseAll(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no objectives given: expected e.g. 'min' or 'accuracy:max,energy:min'");
        }
        List<Goal> goals = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int colon = p.indexOf(':');
            Goal g = p.equals(ENERGY) ? new Goal(ENERGY, Direction.MINIMIZE)
                    : colon < 0 ? new Goal("value", Direction.parse(p))
                    : new Goal(p.substring(0, colon).strip(), Direction.parse(p.substring(colon + 1)));
            if (!names.add(g.name())) {
                throw new IllegalArgumentException("duplicate objective name '" + g.name() + "' in '" + text + "'");
            }
            goals.add(g);
        }
        return List.copyOf(goals);
    }
}
