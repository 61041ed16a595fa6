package org.greentrain.study.factorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.train.trainer.OptimizerSpec;
import org.junit.jupiter.api.Test;

class AblationDesignTest {

    private static AblationDesign design(int sets, int repeats) {
        return new AblationDesign("fashion-mnist",
                ModelFactors.parse("simplecnn", List.of("conv=1,4", "linear=3,7", "relu=off,on")),
                HyperparameterBox.PAPER_RQ2, sets, repeats, 1, 512, 0, 0);
    }

    @Test
    void runsAreRepetitionMajorSoEveryBlockCoversEveryCellOnce() {
        AblationDesign d = design(2, 3);
        List<RunKey> runs = d.runs();

        assertThat(runs).hasSize(48).hasSize(d.totalRuns());
        for (int block = 0; block < 6; block++) {
            List<RunKey> part = runs.subList(block * 8, block * 8 + 8);
            assertThat(part).extracting(r -> r.cell().index()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
            assertThat(part).extracting(RunKey::repetition).containsOnly(block / 2);
            assertThat(part).extracting(RunKey::hyper).containsOnly(block % 2);
            assertThat(part).extracting(RunKey::seed).containsOnly(part.get(0).seed());
        }
        assertThat(runs).extracting(RunKey::order).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 48).boxed().toList());
        assertThat(runs.subList(0, 8)).extracting(r -> r.cell().index()).isNotEqualTo(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        assertThat(runs).isEqualTo(design(2, 3).runs());
    }

    @Test
    void theSameSetsAreDrawnForTheSameSeedInsideThePapersBox() {
        List<HyperparameterSet> sets = design(16, 1).hyperparameterSets();

        assertThat(sets).hasSize(16).isEqualTo(design(16, 1).hyperparameterSets());
        assertThat(design(2, 1).hyperparameterSets()).isEqualTo(sets.subList(0, 2));
        for (HyperparameterSet s : sets) {
            OptimizerSpec.Adam adam = s.optimizer();
            assertThat(adam.learningRate()).isBetween(1e-5, 1e-3);
            assertThat(adam.beta1()).isBetween(0.5, 1.0).isLessThan(1.0);
            assertThat(adam.beta2()).isBetween(0.8, 1.0).isLessThan(1.0).isNotEqualTo(0.999);
            assertThat(adam.epsilon()).isEqualTo(1e-8);
        }
        assertThat(sets.stream().map(HyperparameterSet::optimizer).distinct()).hasSize(16);
    }

    @Test
    void aBoxTakesOnlyAdamSettings() {
        assertThat(HyperparameterBox.parse("lr=1e-4..1e-2:log").draw(1, 0).get(0).optimizer().beta2())
                .isEqualTo(0.999);
        assertThatThrownBy(() -> HyperparameterBox.parse("momentum=0..0.9"))
                .hasMessage("hyperparameter 'momentum' is not an Adam setting; valid: lr, beta1, beta2, eps, "
                        + "weight_decay");
        assertThatThrownBy(() -> HyperparameterBox.parse("beta1=0.5..1.5")).hasMessageContaining("outside [0, 1]");
        assertThatThrownBy(() -> HyperparameterBox.parse("lr=0..0.1")).hasMessageContaining("outside (0, inf)");
        assertThatThrownBy(() -> HyperparameterBox.parse("lr=1|2")).hasMessageContaining("plain number range");
    }

    @Test
    void settingsNameEverythingThatChangesTheResults() {
        Map<String, String> s = design(2, 3).settings();

        assertThat(s).containsEntry("design", "simplecnn:conv=2,linear=3,relu=on | conv=1,4 linear=3,7 relu=off,on")
                .containsEntry("hyper-sets", "2").containsEntry("repeats", "3").containsEntry("train-rows", "all");
        Map<String, String> other = new HashMap<>(design(2, 4).settings());
        assertThat(other).isNotEqualTo(s);
        assertThatThrownBy(() -> design(0, 1)).hasMessage("hyperparameter sets must be at least 1, got 0");
    }
}
