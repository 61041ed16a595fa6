package org.greentrain.study.factorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFactorsTest {

    @Test
    void thePapersDesignHasEightCellsWithTheLastFactorFastest() {
        ModelFactors design = ModelFactors.parse("simplecnn", List.of("conv=1,4", "linear=3,7", "relu=off,on"));

        List<Cell> cells = design.cells();

        assertThat(cells).hasSize(8);
        assertThat(cells.get(0).label()).isEqualTo("conv=1,linear=3,relu=off");
        assertThat(cells.get(0).spec().canonical()).isEqualTo("simplecnn:conv=1,linear=3,relu=off");
        assertThat(cells.get(1).label()).isEqualTo("conv=1,linear=3,relu=on");
        assertThat(cells.get(7).spec().canonical()).isEqualTo("simplecnn:conv=4,linear=7,relu=on");
        assertThat(design.levels()).containsExactly(
                org.assertj.core.api.Assertions.entry("conv", List.of("1", "4")),
                org.assertj.core.api.Assertions.entry("linear", List.of("3", "7")),
                org.assertj.core.api.Assertions.entry("relu", List.of("off", "on")));
    }

    @Test
    void levelsAreWrittenAsTheSpecWritesThem() {
        ModelFactors design = ModelFactors.parse("simplecnn:linear=5", List.of("relu=false,true"));

        assertThat(design.factors().get(0).levels()).containsExactly("off", "on");
        assertThat(design.cells().get(1).spec().canonical()).isEqualTo("simplecnn:conv=2,linear=5,relu=on");
    }

    @Test
    void aFactorThatIsNotASettingOfTheSpecListsTheValidOnes() {
        assertThatThrownBy(() -> ModelFactors.parse("simplecnn", List.of("dropout=0,0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor 'dropout' is not a setting of simplecnn; valid factors: conv, linear, relu");
    }

    @Test
    void aSingleLevelIsRefused() {
        assertThatThrownBy(() -> ModelFactors.parse("simplecnn", List.of("conv=4", "linear=3,7")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("factor 'conv' has a single level (4): a factorial design needs at least two "
                        + "levels per factor");
    }

    @Test
    void aLevelGivenTwiceUnderTwoSpellingsIsASingleLevel() {
        assertThatThrownBy(() -> ModelFactors.parse("simplecnn", List.of("relu=on,true")))
                .hasMessageContaining("repeats level on");
    }

    @Test
    void otherBadDesignsGetOneClearLine() {
        assertThatThrownBy(() -> ModelFactors.parse("simplecnn", List.of()))
                .hasMessageStartingWith("no factors: give at least one, e.g. conv=A,B");
        assertThatThrownBy(() -> ModelFactors.parse("simplecnn", List.of("conv=1,4", "conv=2,3")))
                .hasMessageStartingWith("factor 'conv' is given twice");
        assertThatThrownBy(() -> ModelFactors.parse("simplecnn", List.of("conv")))
                .hasMessageStartingWith("factor 'conv' is not key=level,level");
        assertThatThrownBy(() -> ModelFactors.parse("simplecnn", List.of("conv=1,99")))
                .hasMessageContaining("conv must be in [1, 10], got 99");
        assertThatThrownBy(() -> ModelFactors.parse("nosuchmodel", List.of("conv=1,4")))
                .hasMessageStartingWith("unknown model 'nosuchmodel'");
    }
}
