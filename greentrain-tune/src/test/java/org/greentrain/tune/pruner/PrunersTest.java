package org.greentrain.tune.pruner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrunersTest {

    @Test
    void settingsAfterTheNameReplaceTheDefaults() {
        assertThat(Pruners.byName("asha", 0).describe()).isEqualTo("asha(min-resource=1,eta=3,s=0)");
        assertThat(Pruners.byName(" ASHA : min-resource=2, eta=4 ", 0).describe())
                .isEqualTo("asha(min-resource=2,eta=4,s=0)");
        assertThat(((SuccessiveHalvingPruner) Pruners.byName("asha:min-resource=2,s=1", 0)).rungStep(0)).isEqualTo(6);
        assertThat(Pruners.byName("hyperband:max-resource=27", 0).describe()).contains("brackets=4");
        assertThat(Pruners.byName("hyperband:min-resource=3,eta=3", 27).describe()).contains("brackets=3");
        assertThat(Pruners.byName("median:startup=2,warmup=1,min-trials=3", 0).describe())
                .isEqualTo("median(startup=2,warmup=1,min-trials=3)");
        assertThat(Pruners.byName("pareto:min-peers=6,fraction=0.25", 0).describe())
                .isEqualTo("pareto(warmup=0,min-peers=6,fraction=0.25)");
        assertThat(Pruners.byName("none:", 0).describe()).isEqualTo(Pruner.none().describe());
    }

    @Test
    void ashaSettingsReadBackAsTheSamePruner() {
        SuccessiveHalvingPruner asha = Pruners.asha("eta=4, min-resource=2");
        assertThat(asha.settings()).isEqualTo("min-resource=2,eta=4,s=0");
        assertThat(Pruners.asha(asha.settings()).describe()).isEqualTo(asha.describe());
        assertThat(Pruners.asha("").settings()).isEqualTo(new SuccessiveHalvingPruner().settings());
    }

    @Test
    void badSettingsSayWhatIsValid() {
        assertThatThrownBy(() -> Pruners.byName("asha:colour=red", 0))
                .hasMessage("asha: unknown setting 'colour'; valid: min-resource, eta, s");
        assertThatThrownBy(() -> Pruners.byName("asha:eta=three", 0))
                .hasMessage("asha: setting 'eta' takes a whole number, got 'three'");
        assertThatThrownBy(() -> Pruners.byName("asha:eta=1", 0)).hasMessageContaining("reduction factor >= 2");
        assertThatThrownBy(() -> Pruners.byName("asha:eta=99999999999", 0))
                .hasMessage("asha: setting 'eta' is out of range: 99999999999");
        assertThatThrownBy(() -> Pruners.byName("asha:eta=2,eta=3", 0)).hasMessage("asha: setting 'eta' is given twice");
        assertThatThrownBy(() -> Pruners.byName("median:startup", 0))
                .hasMessage("median: settings must look like key=value,..., got 'startup'");
        assertThatThrownBy(() -> Pruners.byName("pareto:fraction=NaN", 0))
                .hasMessage("pareto: setting 'fraction' takes a number, got 'NaN'");
        assertThatThrownBy(() -> Pruners.byName("pareto:fraction=2", 0)).hasMessageContaining("fraction in (0, 1]");
        assertThatThrownBy(() -> Pruners.byName("none:warmup=1", 0))
                .hasMessage("none: unknown setting 'warmup'; valid: none");
        assertThatThrownBy(() -> Pruners.byName("hyperband", 0)).hasMessage(
                "hyperband needs max-resource=N, the last step a trial reports");
    }
}
