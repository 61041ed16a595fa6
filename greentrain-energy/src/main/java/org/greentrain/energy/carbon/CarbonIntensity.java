package org.greentrain.energy.carbon;

/**
 * The carbon intensity of the electricity a run used.
 *
 * @param gramsPerKwh gCO2e per kWh
 * @param country     ISO 3166 alpha-3 code, {@code WORLD}, or {@code CUSTOM} for a user-given figure
 * @param source      dataset and year, or "user override"
 */
public record CarbonIntensity(double gramsPerKwh, String country, String source) {

    public CarbonIntensity {
        if (!(gramsPerKwh >= 0) || Double.isInfinite(gramsPerKwh)) {
            throw new IllegalArgumentException("carbon intensity must be a non-negative number of gCO2e/kWh, got "
                    + gramsPerKwh);
        }
    }
}
