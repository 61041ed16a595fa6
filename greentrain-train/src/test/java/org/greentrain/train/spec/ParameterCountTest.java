package org.greentrain.train.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greentrain.data.ImageShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the green-training spec's §1.3 table: dims and parameter counts on FashionMNIST and CIFAR-10 shapes. */
class ParameterCountTest {

    private static final ModelInput FASHION = new ModelInput(784, new ImageShape(1, 28, 28), 10);
    private static final ModelInput CIFAR = new ModelInput(3072, new ImageShape(3, 32, 32), 10);

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = ';', value = {
        "densepoly:linear=3; fashion; 386718; linear 784->392|linear 392->196|linear 196->10",
        "densepoly:linear=3; cifar; 5908234; linear 3072->1536|linear 1536->768|linear 768->10",
        "denselinear:linear=3; fashion; 548893; linear 784->522|linear 522->261|linear 261->10",
        "denselinear:linear=3; cifar; 8401930; linear 3072->2048|linear 2048->1024|linear 1024->10",
        "simplecnn:conv=1,linear=3; fashion; 309922; flatten 588|linear 588->392|linear 392->196|linear 196->10",
        "simplecnn:conv=1,linear=3; cifar; 4728856; flatten 2304|linear 2304->1536|linear 1536->768|linear 768->10",
        "simplecnn:conv=2,linear=3; fashion; 252568; flatten 441|linear 441->392|linear 392->196|linear 196->10",
        "simplecnn:conv=2,linear=3; cifar; 3846388; flatten 1728|linear 1728->1536|linear 1536->768|linear 768->10",
        "simplecnn:conv=4,linear=3; fashion; 133642; flatten 81|linear 81->392|linear 392->196|linear 196->10",
        "simplecnn:conv=4,linear=3; cifar; 2882974; flatten 972|linear 972->1536|linear 1536->768|linear 768->10",
    })
    void matchesThePaperTable(String spec, String data, long parameters, String tail) {
        Architecture arch = ModelSpecs.parse(spec).resolve(data.equals("fashion") ? FASHION : CIFAR);

        assertThat(arch.parameterCount()).isEqualTo(parameters);
        List<String> lines = arch.describe();
        List<String> expectedTail = List.of(tail.split("\\|"));
        assertThat(lines.subList(lines.size() - expectedTail.size(), lines.size())).isEqualTo(expectedTail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "fashion; 392-196-98-49-24-12",
        "cifar; 1536-768-384-192-96-48",
    })
    void sevenLinearLayersHaveThePaperHiddenWidths(String data, String widths) {
        ModelInput input = data.equals("fashion") ? FASHION : CIFAR;
        Architecture arch = ModelSpecs.parse("densepoly:linear=7").resolve(input);

        List<String> hidden = arch.layers().stream()
                .filter(l -> l instanceof Layer.Dense)
                .map(l -> Integer.toString(((Layer.Dense) l).out()))
                .toList();
        assertThat(String.join("-", hidden)).isEqualTo(widths + "-10");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "fashion; conv 1->3 k3 p1 -> 3x28x28|conv 3->9 k3 p1 -> 9x14x14|conv 9->27 k3 p1 -> 27x7x7|conv 27->81 k3 p1 -> 81x3x3",
        "cifar; conv 3->9 k3 p1 -> 9x32x32|conv 9->27 k3 p1 -> 27x16x16|conv 27->81 k3 p1 -> 81x8x8|conv 81->243 k3 p1 -> 243x4x4",
    })
    void fourConvBlocksTripleTheChannelsAndHalveTheSide(String data, String convs) {
        Architecture arch = ModelSpecs.parse("simplecnn:conv=4").resolve(data.equals("fashion") ? FASHION : CIFAR);

        List<String> conv = arch.describe().stream().filter(l -> l.startsWith("conv")).toList();
        assertThat(conv).containsExactly(convs.split("\\|"));
        assertThat(arch.describe()).filteredOn(l -> l.startsWith("batchnorm")).hasSize(4);
        assertThat(arch.describe()).filteredOn(l -> l.equals("relu")).hasSize(4);
        assertThat(arch.describe()).filteredOn(l -> l.startsWith("max-pool 2")).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // d -> 50 -> 45 -> ... -> 10 -> C: (57*50+50) + (50*45+45) + ... + (15*10+10) + (10*2+2)
        "mlp-paper; 57; 2; 11342",
        "mlp-paper:dropout=0.5; 16; 7; 9347",
    })
    void paperMlp(String spec, int features, int classes, long parameters) {
        Architecture arch = ModelSpecs.parse(spec).resolve(new ModelInput(features, null, classes));

        assertThat(arch.parameterCount()).isEqualTo(parameters);
        assertThat(arch.layers()).filteredOn(l -> l instanceof Layer.Dense).hasSize(10);
        assertThat(arch.layers()).filteredOn(l -> l instanceof Layer.Act).hasSize(9);
        assertThat(arch.layers()).filteredOn(l -> l instanceof Layer.Dropout).hasSize(9);
    }
}
