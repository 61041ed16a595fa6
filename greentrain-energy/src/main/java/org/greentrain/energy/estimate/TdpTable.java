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

    private final List<Entry> entries;
    private final List<String> keys;

    private TdpTable(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> normalise(e.model()).length())
                .reversed()).toList();
        this.keys = this.entries.stream().map(e -> normalise(e.model())).toList();
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
        return entries.size();
    }

    /** The entry for a {@code /proc/cpuinfo} model name, when the table knows it. */
    public Optional<Entry> lookup(String cpuModelName) {
        String name = " " + normalise(cpuModelName) + " ";
        for (int i = 0; i < entries.size(); i++) {
            if (name.contains(" " + keys.get(i) + " ")) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    static String normalise(String model) {
        return model.toLowerCase(Locale.ROOT)
                .replaceAll("\\((r|tm|c)\\)", " ")
                .replaceAll("@.*$", " ")
                .replaceAll("\\b(cpu|processor|\\d+-core)\\b", " ")
                .replaceAll("[^a-z0-9.+-]+", " ")
                .trim()
                .replaceAll("\\s+", " ");
    }
}
