package org.greentrain.study.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KruskalWallisTest {

    @Test
    void separatedGroupsWorkedOutByHand() {
        // ranks 1,2,3 | 4,5,6: H = 12/(6*7) * (6^2/3 + 15^2/3) - 3*7 = 27/7
        KruskalWallis kw = KruskalWallis.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});

        assertThat(kw.h()).isCloseTo(27.0 / 7, within(1e-12));
        assertThat(kw.df()).isEqualTo(1);
        assertThat(kw.pValue()).isCloseTo(0.0495346134, within(1e-9));
        // eta^2 = (H - k + 1) / (n - k) = (27/7 - 1) / 4
        assertThat(kw.etaSquared()).isCloseTo((27.0 / 7 - 1) / 4, within(1e-12));
    }

    @Test
    void tiesAreCorrectedWorkedOutByHand() {
        // n = 10 values 1,2,2,5 | 2,3,4 | 7,7,8: the three 2s share rank 3, the two 7s share rank 8.5
        // rank sums 1+3+3+7=14, 3+5+6=14, 8.5+8.5+10=27; H0 = 12/(10*11) (196/4 + 196/3 + 729/3) - 33
        // tie correction 1 - ((27-3) + (8-2)) / (1000 - 10) = 1 - 30/990
        double h0 = 12.0 / 110 * (196.0 / 4 + 196.0 / 3 + 729.0 / 3) - 33;
        double expected = h0 / (1 - 30.0 / 990);

        KruskalWallis kw = KruskalWallis.test(new double[] {1, 2, 2, 5}, new double[] {2, 3, 4},
                new double[] {7, 7, 8});

        assertThat(kw.h()).isCloseTo(expected, within(1e-12)).isCloseTo(6.16875, within(1e-9));
        assertThat(kw.pValue()).isCloseTo(0.0457586241, within(1e-9));
    }

    @Test
    void matchesTheHollanderWolfeTextbookExample() {
        // Hollander and Wolfe (1973), p. 116, as used by R's kruskal.test: H = 0.7714, p = 0.68
        KruskalWallis kw = KruskalWallis.test(new double[] {2.9, 3.0, 2.5, 2.6, 3.2},
                new double[] {3.8, 2.7, 4.0, 2.4}, new double[] {2.8, 3.4, 3.7, 2.2, 2.0});

        assertThat(kw.h()).isCloseTo(0.7714285714, within(1e-9));
        assertThat(kw.pValue()).isCloseTo(0.6799647736, within(1e-9));
        assertThat(kw.magnitude()).isEqualTo(EffectSize.NEGLIGIBLE);
    }

    @Test
    void perfectlySeparatedEnergyGivesTheMaximumHAsInThePaper() {
        // the paper's conv factor (spec Table IV, H = 2303.250): two non-overlapping halves of n = 3072 runs reach
        // the largest H possible, 3 n^2 / (4 (n + 1)) = 2303.2502
        double[] low = new double[1536];
        double[] high = new double[1536];
        for (int i = 0; i < 1536; i++) {
            low[i] = 800 + i * 0.01;
            high[i] = 1600 + i * 0.01;
        }
        KruskalWallis kw = KruskalWallis.test(low, high);

        assertThat(kw.h()).isCloseTo(2303.250, within(0.0005));
        assertThat(kw.etaSquared()).isCloseTo(0.750, within(0.0005));
        assertThat(kw.magnitude()).isEqualTo(EffectSize.LARGE);
    }

    @Test
    void effectSizeThresholdsAreThePapers() {
        assertThat(EffectSize.of(0.009)).isEqualTo(EffectSize.NEGLIGIBLE);
        assertThat(EffectSize.of(0.055)).isEqualTo(EffectSize.SMALL);
        assertThat(EffectSize.of(0.06)).isEqualTo(EffectSize.MEDIUM);
        assertThat(EffectSize.of(0.155)).isEqualTo(EffectSize.LARGE);
    }

    @Test
    void refusesDesignsItCannotTest() {
        assertThatThrownBy(() -> KruskalWallis.test(new double[] {1, 2})).hasMessageContaining("two groups");
        assertThatThrownBy(() -> KruskalWallis.test(new double[] {1}, new double[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> KruskalWallis.test(new double[] {3, 3}, new double[] {3}))
                .hasMessageContaining("identical");
    }
}
