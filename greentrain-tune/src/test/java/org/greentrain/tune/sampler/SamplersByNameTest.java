package org.greentrain.tune.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greentrain.tune.pruner.Pruners;
import org.junit.jupiter.api.Test;

class SamplersByNameTest {

    @Test
    void everyNamedSamplerAndPrunerExists() {
        for (String name : Samplers.NAMES) {
            assertThat(Samplers.byName(name, 3).describe()).isNotBlank();
        }
        for (String name : Pruners.NAMES) {
            assertThat(Pruners.byName(name, 27).describe()).isNotBlank();
        }
        assertThat(Samplers.byName("gp-pi-paper", 1).describe()).contains("pi(eps=1.0E-9)");
        assertThat(Pruners.byName("hyperband", 27).describe()).contains("brackets=4");
        assertThatThrownBy(() -> Samplers.byName("cmaes", 1)).hasMessageStartingWith("unknown sampler 'cmaes': use one of random");
        assertThatThrownBy(() -> Pruners.byName("wilcoxon", 1)).hasMessageContaining("use one of none, median");
    }
}
