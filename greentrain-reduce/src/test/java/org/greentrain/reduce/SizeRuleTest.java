package org.greentrain.reduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeRuleTest {

    @ParameterizedTest(name = "p={0} n={1}: trunc {2}, ceil {3}, round {4}")
    @CsvSource({
            "0.7, 90, 62, 63, 63",       // 62.99999999999999 (§9.1)
            "0.07, 100, 7, 8, 7",        // 7.000000000000001
            "0.28, 100, 28, 29, 28",     // 28.000000000000004
            "0.29, 100, 28, 29, 29",     // 28.999999999999996
            "0.1, 10961, 1096, 1097, 1096", // the Mobility Aids SRS anchor (§8): 1,097 rows
            "0.5, 5, 2, 3, 2",           // 2.5 rounds half to even
            "0.5, 7, 3, 4, 4",           // 3.5 rounds half to even
            "0.05, 10, 0, 1, 0",
            "1.0, 13, 13, 13, 13"})
    void followsDoubleArithmetic(double p, int n, int trunc, int ceil, int round) {
        assertThat(SizeRule.TRUNC.apply(p, n)).isEqualTo(trunc);
        assertThat(SizeRule.CEIL.apply(p, n)).isEqualTo(ceil);
        assertThat(SizeRule.ROUND_HALF_EVEN.apply(p, n)).isEqualTo(round);
    }

    @Test
    void emptyClassGivesZero() {
        for (SizeRule rule : SizeRule.values()) {
            assertThat(rule.apply(0.5, 0)).isZero();
        }
    }
}
