package org.greentrain.cli.reduce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greentrain.reduce.ReductionMethod;

/**
 * The values of {@code --method}: one method, a comma-separated list, or {@code all}, which is every method except
 * {@code fes} (it trains a network, by far the costliest; name it to include it). Also the help text listing the
 * methods, or the parameters of the methods named.
 */
final class MethodList {

    /** The word that selects every method but fes. */
    static final String ALL = "all";

    private MethodList() {
    }

    /**
     * The methods named by {@code text}, in the order given, without repeats.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    static List<ReductionMethod> parse(String text) {
        Set<ReductionMethod> out = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            if (part.trim().equalsIgnoreCase(ALL)) {
                out.addAll(all());
            } else {
                try {
                    out.add(ReductionMethod.parse(part));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage() + ", or all (every method but fes)");
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every method but fes, in the registry's order. */
    static List<ReductionMethod> all() {
        return Arrays.stream(ReductionMethod.values()).filter(m -> m != ReductionMethod.FES).toList();
    }

    /**
     * The help section: the parameters of the methods in {@code text} when it names some, else every method with its
     * summary.
     */
    static String help(String text) {
        String nl = System.lineSeparator();
        if (text != null) {
            try {
                List<ReductionMethod> methods = parse(text);
                return methods.stream().map(ReductionMethod::help).collect(Collectors.joining(nl + nl)) + nl;
            } catch (IllegalArgumentException e) {
                return e.getMessage() + nl;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Methods (--method; 'greentrain reduce --method M --help' lists M's parameters):");
        for (ReductionMethod m : ReductionMethod.values()) {
            lines.add(String.format("  %-8s %s", m.id(), m.title()));
            lines.add(String.format("  %-8s %s", "", m.summary()));
        }
        lines.add(String.format("  %-8s every method but fes", ALL));
        return String.join(nl, lines) + nl;
    }
}
