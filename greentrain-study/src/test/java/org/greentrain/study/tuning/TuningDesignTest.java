package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.greentrain.tune.pruner.Pruner;
import org.junit.jupiter.api.Test;

class TuningDesignTest {

    private static TuningDesign withAsha(String asha) {
        return new TuningDesign("mnist", "simplecnn", TuningDesign.space("3"), Strategy.parseList("random,bo-asha"),
                4, 1, 1, 3, 128, 300, 100, 0, 0.98, TuningDesign.DEFAULT_OPTIMUM_TOLERANCE, asha);
    }

    @Test
    void ashaSettingsAreCanonicalAndGiveBoAshaItsPruner() {
        assertThat(withAsha(null).asha()).isEqualTo("min-resource=1,eta=3,s=0").isEqualTo(TuningDesign.DEFAULT_ASHA);
        assertThat(withAsha(" eta=2 , min-resource=2").asha()).isEqualTo("min-resource=2,eta=2,s=0");
        TuningDesign design = withAsha("min-resource=2");
        assertThat(design.pruner(Strategy.BO_ASHA).describe()).isEqualTo("asha(min-resource=2,eta=3,s=0)");
        assertThat(design.pruner(Strategy.RANDOM)).isSameAs(Pruner.none());
        assertThatThrownBy(() -> withAsha("grace=2")).hasMessage("asha: unknown setting 'grace'; valid: "
                + "min-resource, eta, s");
    }

    @Test
    void onlySettingsOtherThanThePapersAshaEnterTheIdentity() {
        assertThat(withAsha(null).identity()).doesNotContainKey("asha").isEqualTo(withAsha("eta=3").identity());
        assertThat(withAsha("min-resource=2").identity()).containsEntry("asha", "min-resource=2,eta=3,s=0");
    }

    @Test
    void aStudyResumesOnlyWithTheAshaSettingsItWasRunWith() {
        assertThat(withAsha("eta=3").conflictsWith(withAsha(null))).isEmpty();
        assertThat(withAsha("min-resource=2").conflictsWith(withAsha(null)))
                .containsExactly("--asha min-resource=1,eta=3,s=0 stored, min-resource=2,eta=3,s=0 given");
        assertThat(withAsha(null).conflictsWith(withAsha("min-resource=2")))
                .containsExactly("--asha min-resource=2,eta=3,s=0 stored, min-resource=1,eta=3,s=0 given");
    }

    @Test
    void aDesignStoredBeforeAshaSettingsExistedReadsWithThePapersAsha() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String stored = json.writeValueAsString(withAsha(null)).replace(",\"asha\":\"min-resource=1,eta=3,s=0\"", "");
        assertThat(stored).doesNotContain("asha\"");

        TuningDesign read = json.readValue(stored, TuningDesign.class);

        assertThat(read).isEqualTo(withAsha(null));
    }
}
