package org.greentrain.tune.space;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses search-space spec strings. Grammar (entries separated by commas, whitespace around tokens ignored):
 *
 * <pre>
 * entry     = name [ "[" parent "=" choice { "|" choice } "]" ] "=" domain
 * domain    = number ".." number { ":" flag }        flag = "log" | "int"
 *           | choice { "|" choice }                   a categorical (one choice = a fixed value)
 * </pre>
 *
 * Examples: {@code lr=1e-5..0.1:log} (log-uniform float), {@code beta1=0.1..1} (uniform float),
 * {@code layers=1..4:int} (integers 1, 2, 3, 4), {@code units=16..512:int:log} (log-uniform integers),
 * {@code opt=adam|sgd} (categorical), {@code momentum[opt=sgd]=0.5..0.99} (active only when {@code opt=sgd}).
 * Integer bounds must be written as integers. Every error is one line naming the offending entry.
 */
public final class SpaceParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SpaceParser() {
    }

    /** Parses {@code spec}; see the class comment for the grammar. */
    public static SearchSpace parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty search space: expected entries like 'lr=1e-5..0.1:log,opt=adam|sgd'");
        }
        List<Param> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String raw : splitEntries(spec)) {
            String entry = raw.strip();
            Param p = entry(entry);
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("duplicate parameter name '" + p.name() + "' in '" + entry + "'");
            }
            params.add(p);
        }
        try {
            return new SearchSpace(params);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad search space '" + spec + "': " + e.getMessage(), e);
        }
    }

    private static List<String> splitEntries(String spec) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(spec.substring(start, i));
                start = i + 1;
            }
        }
        out.add(spec.substring(start));
        return out;
    }

    private static Param entry(String entry) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("empty entry in search space (two commas in a row, or a trailing comma?)");
        }
        int eq = entry.indexOf('=');
        int bracket = entry.indexOf('[');
        Condition condition = null;
        String name;
        String domain;
        if (bracket >= 0 && (eq < 0 || bracket < eq)) {
            int close = entry.indexOf(']', bracket);
            if (close < 0 || close + 1 >= entry.length() || entry.charAt(close + 1) != '=') {
                throw bad(entry, "expected name[parent=value]=domain");
            }
            name = entry.substring(0, bracket).strip();
            condition = condition(entry, entry.substring(bracket + 1, close));
            domain = entry.substring(close + 2).strip();
        } else {
            if (eq <= 0) {
                throw bad(entry, "expected name=domain, for example lr=1e-5..0.1:log or opt=adam|sgd");
            }
            name = entry.substring(0, eq).strip();
            domain = entry.substring(eq + 1).strip();
        }
        if (!SpaceChecks.NAME.matcher(name).matches()) {
            throw bad(entry, "bad parameter name '" + name + "'");
        }
        try {
            return domain.contains("..") ? range(entry, name, domain, condition) : categorical(entry, name, domain,
                    condition);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("bad search space entry")) {
                throw e;
            }
            throw bad(entry, e.getMessage());
        }
    }

    private static Condition condition(String entry, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw bad(entry, "expected a condition like [opt=sgd]");
        }
        String parent = text.substring(0, eq).strip();
        List<String> values = choices(entry, text.substring(eq + 1));
        return new Condition(parent, new HashSet<>(values));
    }

    private static List<String> choices(String entry, String text) {
        if (text.isBlank()) {
            throw bad(entry, "empty categorical");
        }
        List<String> values = Arrays.stream(text.split("\\|", -1)).map(String::strip).toList();
        for (String v : values) {
            if (v.isEmpty()) {
                throw bad(entry, "empty categorical choice");
            }
            if (v.chars().anyMatch(ch -> ch == '[' || ch == ']' || ch == '=' || ch == ',' || ch == ':')) {
                throw bad(entry, "choice '" + v + "' contains one of [ ] = , :");
            }
        }
        return values;
    }

    private static Param categorical(String entry, String name, String domain, Condition condition) {
        return new CategoricalParam(name, choices(entry, domain), condition);
    }

    private static Param range(String entry, String name, String domain, Condition condition) {
        String[] parts = domain.split(":", -1);
        String bounds = parts[0].strip();
        boolean log = false;
        boolean integer = false;
        for (int i = 1; i < parts.length; i++) {
            String flag = parts[i].strip();
            if (flag.equals("log") && !log) {
                log = true;
            } else if (flag.equals("int") && !integer) {
                integer = true;
            } else {
                throw bad(entry, "unknown or repeated flag ':" + flag + "' (expected :log and/or :int)");
            }
        }
        int dots = bounds.indexOf("..");
        String lowText = bounds.substring(0, dots).strip();
        String highText = bounds.substring(dots + 2).strip();
        if (integer) {
            long low = integer(entry, lowText);
            long high = integer(entry, highText);
            return new IntParam(name, low, high, log, condition);
        }
        double low = number(entry, lowText);
        double high = number(entry, highText);
        return new FloatParam(name, low, high, log, condition);
    }

    private static long integer(String entry, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw bad(entry, "'" + text + "' is not an integer (an :int range needs integer bounds)");
        }
    }

    private static double number(String entry, String text) {
        try {
            if (!NUMBER.matcher(text).matches()) {
                throw new NumberFormatException();
            }
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(entry, "'" + text + "' is not a finite number");
        }
    }

    private static IllegalArgumentException bad(String entry, String why) {
        return new IllegalArgumentException("bad search space entry '" + entry + "': " + why);
    }
}
