package org.greentrain.tune.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaceParserTest {

    @Test
    void parsesEveryKindOfParameter() {
        SearchSpace s = SearchSpace.parse("lr=1e-5..0.1:log, beta1=0.1..1,opt=adam|sgd,layers=1..4:int,"
                + "units=16..512:int:log,momentum[opt=sgd]=0.5..0.99");
        assertThat(s.param("lr")).contains(new FloatParam("lr", 1e-5, 0.1, true));
        assertThat(s.param("beta1")).contains(new FloatParam("beta1", 0.1, 1, false));
        assertThat(s.param("opt")).contains(new CategoricalParam("opt", java.util.List.of("adam", "sgd")));
        assertThat(s.param("layers")).contains(new IntParam("layers", 1, 4, false));
        assertThat(s.param("units")).contains(new IntParam("units", 16, 512, true));
        assertThat(s.param("momentum").orElseThrow().condition()).contains(
                new Condition("opt", java.util.Set.of("sgd")));
        assertThat(s.params()).extracting(Param::name)
                .containsExactly("beta1", "layers", "lr", "opt", "momentum", "units");
    }

    @Test
    void canonicalFormIsOrderIndependentAndReparses() {
        SearchSpace a = SearchSpace.parse("lr=1e-5..0.1:log,opt=adam|sgd,momentum[opt=sgd]=0.5..0.99");
        SearchSpace b = SearchSpace.parse("momentum[opt=sgd]=0.5..0.99, opt=adam|sgd, lr=0.00001..0.1:log");
        assertThat(a.canonical()).isEqualTo("lr=1.0E-5..0.1:log,momentum[opt=sgd]=0.5..0.99,opt=adam|sgd");
        assertThat(a).isEqualTo(b);
        assertThat(SearchSpace.parse(a.canonical())).isEqualTo(a);
        assertThat(SearchSpace.parse("opt=sgd|adam")).isNotEqualTo(SearchSpace.parse("opt=adam|sgd"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "lr=0.1..1e-5;'lr=0.1..1e-5': parameter 'lr': low 0.1 > high 1.0E-5",
        "lr=0..0.1:log;'lr=0..0.1:log': parameter 'lr': log scale needs low > 0, got 0.0",
        "n=0..8:int:log;'n=0..8:int:log': parameter 'n': log scale needs low > 0, got 0",
        "a=1..2,a=3..4;duplicate parameter name 'a' in 'a=3..4'",
        "opt=;'opt=': empty categorical",
        "opt=adam||sgd;'opt=adam||sgd': empty categorical choice",
        "opt=adam|adam;'opt=adam|adam': parameter 'opt': duplicate choice 'adam'",
        "lr=abc..1;'lr=abc..1': 'abc' is not a finite number",
        "lr=1..2:cube;'lr=1..2:cube': unknown or repeated flag ':cube'",
        "n=1.5..3:int;'n=1.5..3:int': '1.5' is not an integer",
        "lr;'lr': expected name=domain",
        "1x=1..2;'1x=1..2': bad parameter name '1x'",
        "a=1..2,,b=1..2;empty entry in search space",
        "m[opt=sgd]=0..1;condition parent 'opt' must be a categorical parameter of the space",
        "opt=a|b,m[opt=c]=0..1;condition value 'c' is not a choice of 'opt'",
        "lr=nan..1;'lr=nan..1': 'nan' is not a finite number",
    })
    void badInputGivesOneLineNamingTheToken(String spec, String expected) {
        assertThatThrownBy(() -> SearchSpace.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void emptySpecIsRejected() {
        assertThatThrownBy(() -> SearchSpace.parse("  ")).hasMessageContaining("empty search space");
    }

    @Test
    void validateNamesTheProblem() {
        SearchSpace s = SearchSpace.parse("opt=adam|sgd,momentum[opt=sgd]=0.5..0.99,n=1..3:int");
        s.validate(new Params(Map.of("opt", "sgd", "momentum", 0.6, "n", 2L)));
        s.validate(new Params(Map.of("opt", "adam", "n", 2L)));
        assertThatThrownBy(() -> s.validate(new Params(Map.of("opt", "adam", "momentum", 0.6, "n", 2L))))
                .hasMessageContaining("'momentum' is inactive");
        assertThatThrownBy(() -> s.validate(new Params(Map.of("opt", "sgd", "n", 2L))))
                .hasMessageContaining("'momentum' is missing");
        assertThatThrownBy(() -> s.validate(new Params(Map.of("opt", "adam", "n", 7L))))
                .hasMessageContaining("value 7 is outside 1..3:int");
    }

    @Test
    void samplesRespectBoundsTypesAndConditions() {
        SplittableRandom cases = new SplittableRandom(2024);
        for (int c = 0; c < 200; c++) {
            samplesRespectBoundsTypesAndConditions(cases.nextLong(), cases.nextDouble(-100, 100),
                    c % 10 == 0 ? 0 : cases.nextDouble(0, 50), 1 + cases.nextInt(1000));
        }
    }

    private static void samplesRespectBoundsTypesAndConditions(long seed, double low, double width, int ilow) {
        SearchSpace s = new SearchSpace(java.util.List.of(
                new FloatParam("x", low, low + width, false),
                new FloatParam("lx", ilow, ilow + width + 1, true),
                new IntParam("n", ilow, ilow + (long) width, false),
                new IntParam("ln", ilow, ilow * 3L, true),
                new CategoricalParam("c", java.util.List.of("a", "b", "c")),
                new FloatParam("m", 0, 1, false, new Condition("c", java.util.Set.of("b")))));
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            Params p = s.sample(rng::nextDouble);
            s.validate(p);
            assertThat(p.has("m")).isEqualTo(p.getString("c").equals("b"));
        }
    }

    @Test
    void unitRoundTripOfNumericParameters() {
        SplittableRandom rng = new SplittableRandom(7);
        FloatParam f = new FloatParam("f", 1e-5, 0.1, true);
        IntParam ip = new IntParam("i", 1, 10, false);
        for (int c = 0; c < 200; c++) {
            double u = c == 0 ? 0 : c == 1 ? 1 : rng.nextDouble();
            double v = (Double) f.fromUnit(u);
            assertThat(f.toUnit(v)).isCloseTo(u, org.assertj.core.data.Offset.offset(1e-9));
            long n = (Long) ip.fromUnit(u);
            assertThat(ip.fromUnit(ip.toUnit(n))).isEqualTo(n);
        }
    }
}
