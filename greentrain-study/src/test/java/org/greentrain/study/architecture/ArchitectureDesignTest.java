package org.greentrain.study.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.greentrain.study.factorial.HyperparameterBox;
import org.junit.jupiter.api.Test;

/** The design's defaults, canonical form, JSON round trip and refusals. */
class ArchitectureDesignTest {

    private static ArchitectureDesign design(String model, List<String> factors, int repeats) {
        return new ArchitectureDesign("fashion-mnist", model, factors, HyperparameterBox.PAPER_RQ2.canonical(), 2,
                repeats, 1, 512, 0, 0, 4, 0);
    }

    @Test
    void theDefaultsAreThePapersRq2AndQuickKeepsItsCells() {
        ArchitectureDesign paper = ArchitectureDesign.defaults("fashion-mnist", false);
        ArchitectureDesign quick = ArchitectureDesign.defaults("fashion-mnist", true);

        assertThat(paper.factors()).containsExactly("conv=1,4", "linear=3,7", "relu=off,on");
        assertThat(paper.ablation().models().cells()).hasSize(8);
        assertThat(paper.ablation().models().cells().get(7).spec().canonical())
                .isEqualTo("simplecnn:conv=4,linear=7,relu=on");
        assertThat(paper.hyperparameters()).isEqualTo(HyperparameterBox.PAPER_RQ2.canonical());
        assertThat(List.of(paper.hyperSets(), paper.repeats(), paper.epochs(), paper.batchSize()))
                .containsExactly(8, 24, 25, 512);
        assertThat(paper.totalRuns()).isEqualTo(8 * 8 * 24);
        assertThat(quick.factors()).isEqualTo(paper.factors());
        assertThat(quick.totalRuns()).isLessThan(paper.totalRuns());
        assertThat(quick.fingerprint()).isNotEqualTo(paper.fingerprint()).hasSize(8);
    }

    @Test
    void equalDesignsWrittenDifferentlyAreEqualAndSurviveJson() throws Exception {
        ArchitectureDesign a = design("simplecnn", List.of("conv=1,4", "relu=false,true"), 2);
        ArchitectureDesign b = design("simplecnn:conv=2", List.of("conv=1,4", "relu=off,on"), 2);
        ObjectMapper json = new ObjectMapper();

        assertThat(a.factors()).containsExactly("conv=1,4", "relu=off,on");
        assertThat(a).isEqualTo(b);
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
        assertThat(json.readValue(json.writeValueAsString(a), ArchitectureDesign.class)).isEqualTo(a);
        assertThat(a.settings()).containsEntry("test-rows", "all").containsEntry("profile-batches", "4")
                .containsEntry("design", "simplecnn:conv=2,linear=3,relu=on | conv=1,4 relu=off,on");
    }

    @Test
    void aFactorTheModelLacksASingleLevelOrNoRepeatsAreRefused() {
        assertThatThrownBy(() -> design("simplecnn", List.of("conv=1,4", "dropout=0,0.5"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor 'dropout' is not a setting of simplecnn; valid factors: conv, linear, relu");
        assertThatThrownBy(() -> design("simplecnn", List.of("conv=4", "relu=off,on"), 2))
                .hasMessageStartingWith("factor 'conv' has a single level (4)");
        assertThatThrownBy(() -> design("simplecnn", List.of("conv=1,4"), 0))
                .hasMessage("repetitions must be at least 1, got 0");
        assertThatThrownBy(() -> new ArchitectureDesign("mnist", "simplecnn", List.of("conv=1,4"),
                HyperparameterBox.PAPER_RQ2.canonical(), 1, 1, 1, 512, 0, 0, 0, 0))
                .hasMessage("profile batches must be at least 1, got 0");
    }
}
