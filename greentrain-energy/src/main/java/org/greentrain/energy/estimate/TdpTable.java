package org.greentrain.energy.estimate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Thermal design power of known CPU models, loaded from the {@code cpu-tdp.csv} resource. The resource header names
 * where the figures come from. Lookup normalises vendor decorations ("(R)", "CPU", "@ 2.20GHz") away, then takes the
 * longest table model contained in the name.
 */
public final class TdpTable {

    private static final String RESOURCE = "/org/greentrain/energy/cpu-tdp.csv";

    /**
     * One row of the table.
     *
     * @param model    the model as the vendor names it
     * @param tdpWatts thermal design power of one chip
     * @param threads  hardware threads of one chip, or 0 when not recorded
     * @param source   where the figure comes from
     */
    public record Entry(String model, double tdpWatts, int threads, String source) {
    }

    /** A table model with its normalised name, computed once. */
    private record Keyed(String key, Entry entry) {
    }

    private final List<Keyed> keyed;

    private TdpTable(List<Entry> entries) {
        // longest names first, so that "Xeon Gold 6248R" wins over "Xeon Gold 6248"
        this.keyed = entries.stream().map(e -> new Keyed(normalise(e.model()), e))
                .sorted(Comparator.comparingInt((Keyed k) -> k.key().length()).reversed()).toList();
    }

    /** The table shipped with greentrain. */
    public static TdpTable bundled() {
        try (InputStream in = TdpTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TdpTable parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        boolean header = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // model,tdp_watts,threads,source
                continue;
            }
            String[] f = line.split(",", 4);
            entries.add(new Entry(f[0].trim(), Double.parseDouble(f[1].trim()),
                    f[2].isBlank() ? 0 : Integer.parseInt(f[2].trim()), f[3].trim()));
        }
        return new TdpTable(entries);
    }

    /** Number of models in the table. */
    public int size() {
        return keyed.size();
    }

    /** The entry for a {@code /proc/cpuinfo} model name, when the table knows it. */
    public Optional<Entry> lookup(String cpuModelName) {
        String name = " " + normalise(cpuModelName) + " ";
        for (Keyed k : keyed) {
            if (name.contains(" " + k.key() + " ")) {
                return Optional.of(k.entry());
            }
        }
        return Optional.empty();
    }

    /**
     * Lower case, vendor marks such as "(R)" and the clock suffix "@ 2.20GHz" removed, the words "cpu", "processor" and
     * "N-core" dropped, and everything but letters, digits, '.', '+' and '-' turned into single spaces. A plain scan
     * rather than regular expressions: it runs for every table row at start-up.
     */
    static String normalise(String model) {
        String lower = model.toLowerCase(Locale.ROOT).replace("(r)", " ").replace("(tm)", " ").replace("(c)", " ");
        int at = lower.indexOf('@');
        if (at >= 0) {
            lower = lower.substring(0, at);
        }
        StringBuilder out = new StringBuilder(lower.length());
        int tokenStart = 0;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-';
            if (!kept) {
                appendToken(out, lower, tokenStart, i);
                tokenStart = i + 1;
            }
        }
        return out.toString();
    }

    private static void appendToken(StringBuilder out, String s, int from, int to) {
        if (to <= from) {
            return;
        }
        String token = s.substring(from, to);
        if (token.equals("cpu") || token.equals("processor") || isCoreCount(token)) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(token);
    }

    /** True for tokens such as "64-core". */
    private static boolean isCoreCount(String token) {
        if (!token.endsWith("-core") || token.length() == "-core".length()) {
            return false;
        }
        for (int i = 0; i < token.length() - "-core".length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
