package org.greentrain.reduce.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.reducer.DomParams;
import org.greentrain.reduce.reducer.MmsParams;
import org.greentrain.reduce.reducer.SrsParams;
import org.junit.jupiter.api.Test;

class ParamSchemaTest {

    @Test
    void defaultsFillMissingKeys() {
        MmsParams p = MmsParams.fromMap(Map.of("norm", "LINF"));
        assertThat(p.norm()).isEqualTo(Norm.LINF);
        assertThat(p.start()).isEqualTo(MmsParams.Start.RANDOM);
        assertThat(p.asMap()).containsEntry("norm", "linf").containsEntry("start", "random");
    }

    @Test
    void unknownKeyListsValidKeysWithDefaults() {
        assertThatThrownBy(() -> MmsParams.fromMap(Map.of("nrom", "l2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mms: unknown parameter 'nrom'; valid: norm (default l2), start (default random)");
        assertThatThrownBy(() -> SrsParams.fromMap(Map.of("x", "1")))
                .hasMessage("srs: unknown parameter 'x'; this method takes no parameters");
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertThatThrownBy(() -> MmsParams.fromMap(Map.of("norm", "l3")))
                .hasMessage("mms: parameter 'norm' must be one of l2, linf, got 'l3'");
        assertThatThrownBy(() -> DomParams.fromMap(Map.of("iterations", "ten")))
                .hasMessage("dom: parameter 'iterations' must be a whole number, got 'ten'");
        assertThatThrownBy(() -> DomParams.fromMap(Map.of("epsilon", "NaN")))
                .hasMessage("dom: parameter 'epsilon' must be a finite number, got 'NaN'");
        assertThatThrownBy(() -> DomParams.fromMap(Map.of("tolerance", "-1")))
                .hasMessage("dom: tolerance must be in [0, 1), got -1.0");
    }

    @Test
    void parsesAssignments() {
        assertThat(ParamSchema.parseAssignments(" norm = linf ,start=first"))
                .containsExactly(Map.entry("norm", "linf"), Map.entry("start", "first"));
        assertThat(ParamSchema.parseAssignments("  ")).isEmpty();
        assertThatThrownBy(() -> ParamSchema.parseAssignments("norm"))
                .hasMessage("parameter 'norm' must look like key=value");
        assertThatThrownBy(() -> ParamSchema.parseAssignments("a=1,a=2"))
                .hasMessage("parameter 'a' is given twice");
    }

    @Test
    void helpShowsEveryKeyWithItsDefault() {
        String help = DomParams.SCHEMA.help();
        assertThat(help).contains("epsilon", "epsilonMax", "iterations", "(default 10)", "tolerance", "norm");
    }
}
