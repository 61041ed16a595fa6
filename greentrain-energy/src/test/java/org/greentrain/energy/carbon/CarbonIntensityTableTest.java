package org.greentrain.energy.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.greentrain.energy.Carbon;
import org.junit.jupiter.api.Test;

class CarbonIntensityTableTest {

    private final CarbonIntensityTable table = CarbonIntensityTable.bundled();

    @Test
    void shipsCountriesWithTheirSourceAndAWorldDefault() {
        assertThat(table.rows()).hasSizeGreaterThan(100);
        assertThat(table.source()).isNotBlank();
        assertThat(table.intensityFor(null).country()).isEqualTo("WORLD");
        assertThat(table.intensityFor("fra").gramsPerKwh()).isLessThan(table.intensityFor("POL").gramsPerKwh());
        assertThat(table.intensityFor("DEU").source()).contains(table.source());
    }

    @Test
    void rejectsAnUnknownCountryCodeWithAHint() {
        assertThatThrownBy(() -> table.intensityFor("XXX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown country code 'XXX'")
                .hasMessageContaining("ISO 3166 alpha-3");
    }

    @Test
    void reproducesTheDataReductionPaperCarbonAnchor() {
        // 198.8 s at the constant 42.5 W + 23.43 W, Spain at 193.863 g/kWh, PUE 1 => 0.706 g (spec section 4.3)
        Carbon carbon = Carbon.of(198.8 * (42.5 + 23.43), 193.863, "ESP", "paper", 1.0);

        assertThat(carbon.co2eGrams()).isCloseTo(0.706, within(0.0005));
    }

    @Test
    void pueScalesTheFootprint() {
        assertThat(Carbon.of(3.6e6, 100, "X", "s", 1.5).co2eGrams()).isCloseTo(150, within(1e-9));
    }
}
