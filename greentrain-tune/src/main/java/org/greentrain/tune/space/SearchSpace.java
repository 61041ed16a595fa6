package org.greentrain.tune.space;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The hyperparameters of a study. Parameters are kept in a fixed order that depends only on the set of parameters:
 * sorted by name, then moved so that every conditional parameter comes after its parent. Two spaces are equal when
 * their {@link #canonical()} strings are, whatever order they were written in.
 *
 * <p>Spec syntax (see {@link SpaceParser}): {@code lr=1e-5..0.1:log,beta1=0.1..1,opt=adam|sgd,layers=1..4:int,
 * momentum[opt=sgd]=0.5..0.99}.
 */
public final class SearchSpace {

    private final List<Param> params;
    private final Map<String, Param> byName;

    /**
     * Builds a space from parameters in any order.
     *
     * @throws IllegalArgumentException for a duplicate name, an unknown or non-categorical condition parent, a
     *                                  condition value the parent cannot take, or a dependency cycle
     */
    public SearchSpace(List<? extends Param> params) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("a search space needs at least one parameter");
        }
        Map<String, Param> names = new HashMap<>();
        for (Param p : params) {
            if (names.put(p.name(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter name '" + p.name() + "'");
            }
        }
        for (Param p : params) {
            Optional<Condition> c = p.condition();
            if (c.isEmpty()) {
                continue;
            }
            Param parent = names.get(c.get().parent());
            if (!(parent instanceof CategoricalParam)) {
                throw new IllegalArgumentException("parameter '" + p.name() + "': condition parent '"
                        + c.get().parent() + "' must be a categorical parameter of the space");
            }
            for (String v : c.get().values()) {
                if (((CategoricalParam) parent).indexOf(v) < 0) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "': condition value '" + v
                            + "' is not a choice of '" + parent.name() + "'");
                }
            }
        }
        List<Param> sorted = new ArrayList<>(params);
        sorted.sort(Comparator.comparing(Param::name));
        List<Param> ordered = new ArrayList<>();
        while (!sorted.isEmpty()) {
            boolean progressed = false;
            for (var it = sorted.iterator(); it.hasNext(); ) {
                Param p = it.next();
                boolean ready = p.condition().map(c -> ordered.stream().anyMatch(q -> q.name().equals(c.parent())))
                        .orElse(true);
                if (ready) {
                    ordered.add(p);
                    it.remove();
                    progressed = true;
                    break;
                }
            }
            if (!progressed) {
                throw new IllegalArgumentException("conditions form a cycle among " + sorted.stream()
                        .map(Param::name).toList());
            }
        }
        this.params = List.copyOf(ordered);
        this.byName = Map.copyOf(names);
    }

    /** Parses a spec string; see {@link SpaceParser}. */
    public static SearchSpace parse(String spec) {
        return SpaceParser.parse(spec);
    }

    /** The parameters, parents before children. */
    public List<Param> params() {
        return params;
    }

    /** The number of parameters. */
    public int size() {
        return params.size();
    }

    /** The parameter called {@code name}. */
    public Optional<Param> param(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The canonical spec string: entries sorted by name, numbers in Java's shortest round-trip form. */
    public String canonical() {
        return String.join(",", params.stream().map(Param::canonical).sorted().toList());
    }

    /**
     * Draws a point by asking {@code unit} for one position in [0, 1) per parameter, in order, skipping inactive
     * parameters (they are absent from the result).
     */
    public Params sample(DoubleSupplier unit) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : params) {
            if (p.condition().map(c -> c.isMet(values)).orElse(true)) {
                values.put(p.name(), p.fromUnit(unit.getAsDouble()));
            }
        }
        return new Params(values);
    }

    /**
     * Decodes a point of the unit cube, one coordinate per parameter in {@link #params()} order; coordinates of
     * inactive parameters are ignored.
     */
    public Params fromUnit(double[] u) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.condition().map(c -> c.isMet(values)).orElse(true)) {
                values.put(p.name(), p.fromUnit(Math.min(Math.max(u[i], 0), 1)));
            }
        }
        return new Params(values);
    }

    /**
     * Checks that {@code point} holds exactly the active parameters, each inside its domain.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public void validate(Params point) {
        Map<String, Object> seen = new LinkedHashMap<>();
        for (Param p : params) {
            boolean active = p.condition().map(c -> c.isMet(seen)).orElse(true);
            Object v = point.asMap().get(p.name());
            if (active && v == null) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' is missing");
            }
            if (!active && v != null) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' is inactive under "
                        + p.condition().orElseThrow().canonical() + " but was given");
            }
            if (v != null && !p.contains(v)) {
                throw new IllegalArgumentException("parameter '" + p.name() + "': value " + v + " is outside "
                        + p.canonicalDomain());
            }
            if (v != null) {
                seen.put(p.name(), v);
            }
        }
        for (String name : point.asMap().keySet()) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchSpace && ((SearchSpace) o).canonical().equals(canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
