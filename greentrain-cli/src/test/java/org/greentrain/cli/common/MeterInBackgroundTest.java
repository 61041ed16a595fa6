package org.greentrain.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.junit.jupiter.api.Test;

class MeterInBackgroundTest {

    @Test
    void givesTheMeterThatDiscoveryFinds() {
        MeterConfig config = MeterConfig.defaults().withCountry("FRA");
        try (EnergyMeter meter = MeterInBackground.discover(config).meter()) {
            assertThat(meter.carbonIntensity().country()).isEqualTo("FRA");
        }
    }

    @Test
    void rethrowsDiscoveryErrorsAsThrown() {
        MeterInBackground discovery = MeterInBackground.discover(MeterConfig.defaults().withCountry("XXX"));
        assertThatThrownBy(discovery::meter).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown country code 'XXX'");
    }
}
