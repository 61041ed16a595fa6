package org.greentrain.energy.carbon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Average carbon intensity of electricity per country, loaded from the {@code carbon-intensity.csv} resource, whose
 * header names the dataset ({@code # source:}) and the source of the world average ({@code # world-source:}).
 * {@code WORLD} holds the world average used when no country is given.
 */
public final class CarbonIntensityTable {

    private static final String RESOURCE = "/org/greentrain/energy/carbon-intensity.csv";

    /** The code of the world-average row. */
    public static final String WORLD = "WORLD";

    /**
     * One country's figure.
     *
     * @param iso3        ISO 3166 alpha-3 code
     * @param name        country name
     * @param gramsPerKwh gCO2e per kWh
     * @param year        the year the figure describes
     */
    public record Row(String iso3, String name, double gramsPerKwh, int year) {
    }

    private final Map<String, Row> rows;
    private final String source;
    private final String worldSource;

    private CarbonIntensityTable(Map<String, Row> rows, String source, String worldSource) {
        this.rows = Collections.unmodifiableMap(rows);
        this.source = source;
        this.worldSource = worldSource;
    }

    /** The table shipped with greentrain. */
    public static CarbonIntensityTable bundled() {
        try (InputStream in = CarbonIntensityTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CarbonIntensityTable parse(BufferedReader reader) throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        String source = "unknown";
        String worldSource = null;
        boolean header = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("# source:")) {
                source = line.substring("# source:".length()).trim();
            } else if (line.startsWith("# world-source:")) {
                worldSource = line.substring("# world-source:".length()).trim();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // iso3,country,grams_per_kwh,year
                continue;
            }
            String[] f = line.split(",");
            int n = f.length;
            // the country name may itself contain commas: the last two fields are numbers
            String name = String.join(",", java.util.Arrays.copyOfRange(f, 1, n - 2)).replace("\"", "").trim();
            rows.put(f[0].trim(), new Row(f[0].trim(), name, Double.parseDouble(f[n - 2].trim()),
                    Integer.parseInt(f[n - 1].trim())));
        }
        if (!rows.containsKey(WORLD)) {
            throw new IllegalStateException("carbon-intensity table has no WORLD row");
        }
        return new CarbonIntensityTable(rows, source, worldSource == null ? source : worldSource);
    }

    /** All rows, by ISO code. */
    public Map<String, Row> rows() {
        return rows;
    }

    /** The dataset the figures come from. */
    public String source() {
        return source;
    }

    /** The row for an ISO 3166 alpha-3 code (case-insensitive). */
    public Optional<Row> find(String iso3) {
        return Optional.ofNullable(rows.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /**
     * Resolves the intensity for a country code, {@code null} meaning the world average.
     *
     * @throws IllegalArgumentException for a code the table does not know
     */
    public CarbonIntensity intensityFor(String iso3) {
        String code = iso3 == null ? WORLD : iso3.toUpperCase(Locale.ROOT);
        Row row = find(code).orElseThrow(() -> new IllegalArgumentException("unknown country code '" + iso3
                + "': use an ISO 3166 alpha-3 code such as FRA, DEU or USA (greentrain measure --countries lists them)"));
        String rowSource = row.iso3().equals(WORLD) ? worldSource : source;
        return new CarbonIntensity(row.gramsPerKwh(), row.iso3(), rowSource + ", " + row.year());
    }
}
