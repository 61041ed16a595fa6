package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class JoulesConverterTest {

    private final JoulesConverter c = new JoulesConverter();

    @Test
    void readsJoulesKilojoulesMegajoulesAndWattHours() {
        assertThat(c.convert("500")).isEqualTo(500.0);
        assertThat(c.convert("500J")).isEqualTo(500.0);
        assertThat(c.convert("50kJ")).isEqualTo(50_000.0);
        assertThat(c.convert("2 MJ")).isEqualTo(2e6);
        assertThat(c.convert("3Wh")).isEqualTo(10_800.0);
        assertThat(c.convert("1.5kWh")).isEqualTo(5.4e6);
        assertThat(c.convert("1e3J")).isEqualTo(1000.0);
    }

    @Test
    void refusesUnknownUnitsAndNonPositiveAmounts() {
        assertThatThrownBy(() -> c.convert("5mJ")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("not an energy");
        assertThatThrownBy(() -> c.convert("kJ")).hasMessageContaining("not an energy");
        assertThatThrownBy(() -> c.convert("0kJ")).hasMessageContaining("positive");
        assertThatThrownBy(() -> c.convert("-1J")).hasMessageContaining("positive");
        assertThatThrownBy(() -> c.convert("1e400J")).hasMessageContaining("positive finite");
    }
}
