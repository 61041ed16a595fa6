package org.greentrain.energy;

/**
 * The carbon footprint of an amount of energy, with the intensity used and where that intensity came from.
 *
 * @param co2eGrams          grams of CO2-equivalent
 * @param gramsPerKwh        carbon intensity of the electricity, in gCO2e per kWh
 * @param country            ISO 3166 alpha-3 code, or {@code WORLD} for the world average, or {@code CUSTOM}
 * @param intensitySource    where the intensity came from (dataset and year, or "user override")
 * @param pue                power-usage-effectiveness factor applied on top of the measured energy
 */
public record Carbon(double co2eGrams, double gramsPerKwh, String country, String intensitySource, double pue) {

    /** Joules in one kilowatt-hour. */
    public static final double JOULES_PER_KWH = 3.6e6;

    /** Computes the footprint of {@code joules} at the given intensity and PUE. */
    public static Carbon of(double joules, double gramsPerKwh, String country, String intensitySource, double pue) {
        return new Carbon(joules * pue / JOULES_PER_KWH * gramsPerKwh, gramsPerKwh, country, intensitySource, pue);
    }
}
