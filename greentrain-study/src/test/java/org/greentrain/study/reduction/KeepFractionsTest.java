package org.greentrain.study.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeepFractionsTest {

    @Test
    void aRangeStepsByATenthUnlessToldOtherwise() {
        assertThat(KeepFractions.parse("0.1..0.9")).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
        assertThat(KeepFractions.parse("0.1..0.9:0.2")).containsExactly(0.1, 0.3, 0.5, 0.7, 0.9);
        assertThat(KeepFractions.parse(" 0.25..0.75:0.25 ")).containsExactly(0.25, 0.5, 0.75);
    }

    @Test
    void aTinyFractionStaysItselfAndPrintsShort() {
        assertThat(KeepFractions.parse("1e-7,1e-300")).containsExactly(1e-300, 1e-7);
        assertThat(KeepFractions.format(KeepFractions.parse("1e-7,1e-300"))).isEqualTo("1E-300,1E-7");
        assertThat(KeepFractions.format(0.1 * 100)).isEqualTo("10");
        assertThat(KeepFractions.format(0.000001)).isEqualTo("0.000001");
    }

    @Test
    void aListIsSortedAndAStudyDropsTheFullDataItRunsAsItsBaseline() {
        assertThat(KeepFractions.parse("0.5,0.1,0.3")).containsExactly(0.1, 0.3, 0.5);
        assertThat(KeepFractions.parse("0.3")).containsExactly(0.3);
        assertThat(KeepFractions.parse("1")).containsExactly(1.0);
        assertThat(KeepFractions.parse("0.1..1")).hasSize(10).contains(1.0);
        assertThat(KeepFractions.belowFull("0.1..1")).hasSize(9).doesNotContain(1.0);
        assertThat(KeepFractions.belowFull("1,0.5")).containsExactly(0.5);
        assertThat(KeepFractions.format(KeepFractions.parse("0.1..0.5:0.2"))).isEqualTo("0.1,0.3,0.5");
    }

    @Test
    void invalidRangesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> KeepFractions.parse("0..2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--keep takes fractions").hasMessageContaining("'0..2' is not valid")
                .hasMessageContaining("(0, 1]")
                .hasMessageContaining("0.1..0.9");
        assertThatThrownBy(() -> KeepFractions.parse("0.9..0.1")).hasMessageContaining("runs backwards");
        assertThatThrownBy(() -> KeepFractions.parse("0.1..0.9:0")).hasMessageContaining("step must be positive");
        assertThatThrownBy(() -> KeepFractions.parse("0.1..0.9:-0.1")).hasMessageContaining("step must be positive");
        assertThatThrownBy(() -> KeepFractions.parse("half")).hasMessageContaining("'half' is not a fraction");
        assertThatThrownBy(() -> KeepFractions.parse("0.1,,0.3")).hasMessageContaining("is not a fraction");
        assertThatThrownBy(() -> KeepFractions.belowFull("1")).hasMessageContaining("only the full data");
        assertThatThrownBy(() -> KeepFractions.parse("0.5,0.1,0.5")).hasMessageContaining("lists 0.5 twice");
        assertThatThrownBy(() -> KeepFractions.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> KeepFractions.parse("0.1..0.2..0.3")).hasMessageContaining("two ends");
        assertThatThrownBy(() -> KeepFractions.parse("0.001..1:0.001")).hasMessageContaining("fractions; use a step");
        assertThatThrownBy(() -> KeepFractions.parse("NaN")).hasMessageContaining("is not a fraction");
    }
}
