package org.greentrain.study.factorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;

/**
 * The architecture side of an ablation: a base model spec and the factors varied on it, each a key of the spec's
 * family. {@code ModelFactors.parse("simplecnn", List.of("conv=1,4", "linear=3,7", "relu=off,on"))} is the tuning
 * paper's RQ2 design: eight cells, from {@code simplecnn:conv=1,linear=3,relu=off} to
 * {@code simplecnn:conv=4,linear=7,relu=on}.
 *
 * @param base    the base spec; settings that are not factors keep its values
 * @param factors the factors, in the order given
 */
public record ModelFactors(ModelSpec base, List<Factor> factors) {

    public ModelFactors {
        factors = List.copyOf(factors);
    }

    /**
     * Parses and checks a design.
     *
     * @param baseSpec a model spec such as {@code simplecnn} or {@code simplecnn:conv=2}
     * @param factors  one {@code key=level,level,...} per factor
     * @throws IllegalArgumentException for no factor, a factor given twice, a key the spec family does not have (the
     *                                  message lists the valid ones), a factor with a single level or a repeated
     *                                  level, or a level the spec refuses
     */
    public static ModelFactors parse(String baseSpec, List<String> factors) {
        ModelSpec base = ModelSpecs.parse(baseSpec);
        List<String> keys = List.copyOf(base.settings().keySet());
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("no factors: give at least one, e.g. " + example(base, keys));
        }
        Map<String, Factor> parsed = new LinkedHashMap<>();
        for (String text : factors) {
            Factor factor = factor(base, keys, text);
            if (parsed.put(factor.name(), factor) != null) {
                throw new IllegalArgumentException("factor '" + factor.name() + "' is given twice: give all its "
                        + "levels once, e.g. " + factor.name() + "=a,b");
            }
        }
        return new ModelFactors(base, List.copyOf(parsed.values()));
    }

    /** Factor name to levels, in design order, as {@code FactorialAnalysis} takes them. */
    public Map<String, List<String>> levels() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        factors.forEach(f -> out.put(f.name(), f.levels()));
        return out;
    }

    /** Every combination of levels, the last factor varying fastest. */
    public List<Cell> cells() {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Factor f : factors) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> prefix : combos) {
                for (String level : f.levels()) {
                    Map<String, String> combo = new LinkedHashMap<>(prefix);
                    combo.put(f.name(), level);
                    next.add(combo);
                }
            }
            combos = next;
        }
        List<Cell> cells = new ArrayList<>();
        for (Map<String, String> combo : combos) {
            cells.add(new Cell(cells.size(), combo, apply(base, combo)));
        }
        return List.copyOf(cells);
    }

    /** The design as {@code simplecnn | conv=1,4 linear=3,7 relu=off,on}, for storage and messages. */
    public String describe() {
        return base.canonical() + " | " + String.join(" ", factors.stream().map(Factor::describe).toList());
    }

    private static Factor factor(ModelSpec base, List<String> keys, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("factor '" + text + "' is not key=level,level, e.g. "
                    + example(base, keys));
        }
        String name = text.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        if (!keys.contains(name)) {
            throw new IllegalArgumentException("factor '" + name + "' is not a setting of " + base.family()
                    + "; valid factors: " + (keys.isEmpty() ? "(none)" : String.join(", ", keys)));
        }
        Set<String> levels = new LinkedHashSet<>();
        for (String raw : text.substring(eq + 1).split(",", -1)) {
            String level = raw.strip();
            if (level.isEmpty()) {
                throw new IllegalArgumentException("factor '" + text + "' has an empty level");
            }
            String canonical = canonicalLevel(base, name, level);
            if (!levels.add(canonical)) {
                throw new IllegalArgumentException("factor '" + name + "' repeats level " + canonical
                        + " (as '" + level + "'): give each level once");
            }
        }
        if (levels.size() < 2) {
            throw new IllegalArgumentException("factor '" + name + "' has a single level (" + levels.iterator().next()
                    + "): a factorial design needs at least two levels per factor, e.g. " + name + "="
                    + levels.iterator().next() + ",OTHER");
        }
        return new Factor(name, List.copyOf(levels));
    }

    /** The level as the spec writes it, checked by parsing the base spec with it. */
    private static String canonicalLevel(ModelSpec base, String name, String level) {
        ModelSpec spec = apply(base, Map.of(name, level));
        return settings(spec.canonical()).get(name);
    }

    /** The base spec with some settings replaced. */
    private static ModelSpec apply(ModelSpec base, Map<String, String> levels) {
        Map<String, String> settings = settings(base.canonical());
        settings.putAll(levels);
        List<String> parts = new ArrayList<>();
        settings.forEach((k, v) -> parts.add(k + "=" + v));
        String text = base.family() + ":" + String.join(",", parts);
        try {
            return ModelSpecs.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("levels " + levels + " make an invalid model: " + e.getMessage(), e);
        }
    }

    /** The settings of a canonical spec string, in order. */
    private static Map<String, String> settings(String canonical) {
        Map<String, String> out = new LinkedHashMap<>();
        int colon = canonical.indexOf(':');
        if (colon < 0) {
            return out;
        }
        for (String part : canonical.substring(colon + 1).split(",", -1)) {
            int eq = part.indexOf('=');
            out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }

    private static String example(ModelSpec base, List<String> keys) {
        return keys.isEmpty() ? "(" + base.family() + " has no settings to vary)"
                : keys.get(0) + "=A,B (valid factors for " + base.family() + ": " + String.join(", ", keys) + ")";
    }
}
