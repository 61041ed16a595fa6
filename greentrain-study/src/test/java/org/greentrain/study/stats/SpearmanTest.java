package org.greentrain.study.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpearmanTest {

    @Test
    void matchesTheClosedFormWithoutTies() {
        // d = (-1, 1, -1, 1, -1, 1): rho = 1 - 6 * 6 / (6 * 35) = 29/35; p as scipy.stats.spearmanr
        Spearman s = Spearman.of(new double[] {1, 2, 3, 4, 5, 6}, new double[] {2, 1, 4, 3, 6, 5});

        assertThat(s.rho()).isCloseTo(29.0 / 35, within(1e-12));
        assertThat(s.pValue()).isCloseTo(0.0415626822, within(1e-9));
    }

    @Test
    void usesAverageRanksForTies() {
        Spearman s = Spearman.of(new double[] {1, 2, 2, 4, 5, 6, 7}, new double[] {3, 1, 4, 4, 6, 5, 9});

        assertThat(s.rho()).isCloseTo(0.8818181818, within(1e-9));
        assertThat(s.pValue()).isCloseTo(0.0086450105, within(1e-9));
    }

    @Test
    void aPerfectOrderIsOneAndAConstantInputIsUndefined() {
        Spearman perfect = Spearman.of(new double[] {1, 2, 3}, new double[] {3, 2, 1});
        assertThat(perfect.rho()).isEqualTo(-1);
        assertThat(perfect.defined()).isTrue();
        Spearman constant = Spearman.of(new double[] {1, 2, 3}, new double[] {5, 5, 5});
        assertThat(constant.defined()).isFalse();
        assertThat(constant.rho()).isNaN();
        assertThat(constant.pValue()).isNaN();
    }

    @Test
    void refusesUnpairedOrTooFewValues() {
        assertThatThrownBy(() -> Spearman.of(new double[] {1, 2, 3}, new double[] {1, 2}))
                .hasMessageContaining("pairs");
        assertThatThrownBy(() -> Spearman.of(new double[] {1, 2}, new double[] {1, 2}))
                .hasMessageContaining("at least 3");
    }
}
