package org.greentrain.study.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.greentrain.energy.MeterConfig;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class ReductionDesignTest {

    private static ReductionDesign design(List<String> methods, int epochs) {
        return new ReductionDesign("spambase", methods, List.of(0.1, 0.5), 2, ModelSpecs.parse("mlp-paper"), epochs,
                32, 7, "measured");
    }

    @Test
    void theDefaultsAreThePapersAndQuickShrinksOnlyTheScale() {
        ReductionDesign paper = ReductionDesign.defaults("spambase", false, "measured");
        assertThat(paper.methods()).containsExactly("srs", "prd", "clc", "mms", "des", "phl", "nrmd", "fes");
        assertThat(paper.keepFractions()).hasSize(9);
        assertThat(paper.repeats()).isEqualTo(10);
        assertThat(paper.epochs()).isEqualTo(150);
        assertThat(paper.fesInitialEpochs()).isEqualTo(50);
        assertThat(paper.batchSize()).isEqualTo(32);
        assertThat(paper.model().canonical()).isEqualTo("mlp-paper:dropout=0.25");
        assertThat(paper.totalRuns()).isEqualTo(730);

        ReductionDesign quick = ReductionDesign.defaults("spambase", true, "measured");
        assertThat(quick.methods()).isEqualTo(paper.methods());
        assertThat(quick.keepFractions()).containsExactly(0.1, 0.3, 0.5);
        assertThat(quick.repeats()).isEqualTo(3);
        assertThat(quick.epochs()).isEqualTo(30);
        assertThat(quick.fesInitialEpochs()).isEqualTo(10);
        assertThat(quick.totalRuns()).isEqualTo(75);
    }

    @Test
    void runsComeRepeatByRepeatWithTheBaselineFirst() {
        List<RunKey> runs = design(List.of("srs", "des"), 3).runs();

        assertThat(runs).hasSize(10);
        assertThat(runs.get(0)).isEqualTo(new RunKey(0, 0, RunKey.FULL, 1.0));
        assertThat(runs.get(1)).isEqualTo(new RunKey(1, 0, "srs", 0.1));
        assertThat(runs.get(2)).isEqualTo(new RunKey(2, 0, "des", 0.1));
        assertThat(runs.get(5).isBaseline()).isTrue();
        assertThat(runs.get(5).iteration()).isEqualTo(1);
        assertThat(runs.stream().map(RunKey::id).distinct()).hasSize(10);
        assertThat(runs.get(3).describe()).isEqualTo("srs keep 0.5, repeat 1");
    }

    @Test
    void seedsDifferBetweenRepeatsAndFollowTheBaseSeed() {
        ReductionDesign d = design(List.of("srs"), 3);
        assertThat(d.splitSeed(0)).isNotEqualTo(d.splitSeed(1));
        assertThat(d.runSeed(0)).isNotEqualTo(d.splitSeed(0)).isNotEqualTo(d.runSeed(1));
        assertThat(design(List.of("srs"), 3).runSeed(1)).isEqualTo(d.runSeed(1));
    }

    @Test
    void theSettingsRoundTrip() {
        ReductionDesign d = design(List.of("mms", "fes"), 6);
        assertThat(d.settings()).containsEntry("fes_initial_epochs", "2").containsEntry("keep", "0.1,0.5")
                .containsEntry("scaling", "min-max fitted on all rows before splitting");
        assertThat(ReductionDesign.fromSettings(d.settings())).isEqualTo(d);
    }

    @Test
    void methodsAreCheckedAndTheMeterModeIsNamed() {
        assertThat(ReductionDesign.parseMethods("all")).isEqualTo(ReductionDesign.PAPER_METHODS);
        assertThat(ReductionDesign.parseMethods("SRS, dom,srs")).containsExactly("srs", "dom");
        assertThatThrownBy(() -> ReductionDesign.parseMethods("srs,zzz")).hasMessageContaining("unknown reduction "
                + "method 'zzz'");
        assertThatThrownBy(() -> ReductionDesign.parseMethods("full")).hasMessageContaining("baseline");
        assertThatThrownBy(() -> design(List.of("fes"), 1)).hasMessageContaining("--epochs 2 or more");
        assertThatThrownBy(() -> new ReductionDesign("x", List.of("srs"), List.of(1.0), 1,
                ModelSpecs.parse("mlp-paper"), 1, 1, 0, "measured")).hasMessageContaining("(0, 1)");

        MeterConfig paper = MeterConfig.defaults().withConstantPower(MeterConfig.ConstantPower.paper());
        String mode = ReductionDesign.meterMode(paper);
        assertThat(mode).isEqualTo("constant-power 42.5 W CPU + 23.43 W RAM");
        assertThat(ReductionDesign.defaults("x", true, mode).paperConstantPower()).isTrue();
        assertThat(ReductionDesign.meterMode(MeterConfig.defaults())).isEqualTo("measured");
        assertThat(ReductionDesign.defaults("x", true, "measured").paperConstantPower()).isFalse();
    }
}
