package org.greentrain.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReductionMethodTest {

    @Test
    void everyMethodBuildsWithDefaultsAndHasHelp() {
        for (ReductionMethod m : ReductionMethod.values()) {
            Reducer r = m.create();
            assertThat(r.method()).isEqualTo(m.id());
            assertThat(m.help()).startsWith(m.id() + ": ").contains("parameters");
            assertThat(r.params().asMap().keySet())
                    .containsExactlyElementsOf(m.schema().specs().stream().map(s -> s.key()).toList());
        }
    }

    @Test
    void parsesNamesCaseInsensitively() {
        assertThat(ReductionMethod.parse(" MMS ")).isEqualTo(ReductionMethod.MMS);
    }

    @Test
    void unknownMethodListsTheValidOnes() {
        String valid = String.join(", ", Arrays.stream(ReductionMethod.values()).map(ReductionMethod::id).toList());
        assertThatThrownBy(() -> ReductionMethod.parse("kmeans"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown reduction method 'kmeans'; valid: " + valid);
    }

    @Test
    void unknownParameterIsRefusedAtCreation() {
        assertThatThrownBy(() -> ReductionMethod.DES.create(Map.of("base", "0.1")))
                .hasMessageStartingWith("des: unknown parameter 'base'; valid: pBase (default auto)");
    }
}
