package org.greentrain.cli.energy;

import java.util.Locale;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.energy.ComponentEnergy;
import org.greentrain.energy.Measurement;

/** The human-readable form of a {@link Measurement}: a summary and a per-component table. */
public final class MeasurementText {

    private MeasurementText() {
    }

    /** Summary lines and the component table. */
    public static String render(Measurement m) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "duration   %s%n", Units.seconds(m.durationSeconds())));
        out.append(String.format(Locale.ROOT, "energy     %s  (plausible %s .. %s)  mean power %.2f W%n",
                Units.joules(m.energyJoules()), Units.joules(m.energyLowerJoules()),
                Units.joules(m.energyUpperJoules()), m.meanPowerWatts()));
        out.append(String.format(Locale.ROOT, "carbon     %s  (%.1f gCO2e/kWh, %s: %s; PUE %.2f)%n",
                Units.co2e(m.co2eGrams()), m.carbon().gramsPerKwh(), m.carbon().country(),
                m.carbon().intensitySource(), m.carbon().pue()));
        out.append(String.format(Locale.ROOT, "measured   %s%s%n", m.provenanceSummary(),
                m.fullyMeasured() ? " (hardware counters)" : " (estimate: no hardware counter covers the total)"));
        out.append('\n');
        TextTable table = new TextTable("component", " energy", "provenance", "uncertainty", "in total");
        for (ComponentEnergy c : m.components()) {
            table.row(c.name(), Units.joules(c.energyJoules()), c.provenance().id(),
                    Units.band(c.uncertainty().lowerRelative(), c.uncertainty().upperRelative()),
                    c.inTotal() ? "yes" : "no (alternative total)");
        }
        out.append(table.render());
        return out.toString();
    }
}
