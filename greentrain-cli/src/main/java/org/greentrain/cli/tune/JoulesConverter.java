package org.greentrain.cli.tune;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses an amount of energy written as {@code 500}, {@code 500J}, {@code 50kJ}, {@code 2MJ}, {@code 3Wh} or
 * {@code 1.5kWh}. Units are case-sensitive, so that {@code MJ} (mega) can never be read as {@code mJ} (milli).
 */
public final class JoulesConverter implements ITypeConverter<Double> {

    private static final Map<String, Double> UNITS = Map.of("J", 1.0, "kJ", 1e3, "MJ", 1e6, "Wh", 3600.0,
            "kWh", 3.6e6);
    private static final Pattern FORM = Pattern.compile("^([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([A-Za-z]*)$");

    @Override
    public Double convert(String value) {
        Matcher m = FORM.matcher(value.strip());
        Double factor = m.matches() ? (m.group(2).isEmpty() ? Double.valueOf(1) : UNITS.get(m.group(2))) : null;
        if (factor == null) {
            throw new TypeConversionException("'" + value + "' is not an energy: write e.g. 500J, 50kJ, 2MJ, 3Wh "
                    + "or 1.5kWh");
        }
        double joules = Double.parseDouble(m.group(1)) * factor;
        if (!(joules > 0) || Double.isInfinite(joules)) {
            throw new TypeConversionException("energy must be a positive finite amount, got '" + value + "'");
        }
        return joules;
    }
}
