package org.greentrain.study.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorialAnalysisTest {

    /** The paper's FashionMNIST cell means (spec section 4.2), linear / conv / relu. */
    private static final Object[][] PAPER_CELLS = {
        {"3", "1", "off", 834.9}, {"3", "1", "on", 854.9}, {"3", "4", "off", 1600.7}, {"3", "4", "on", 1650.0},
        {"7", "1", "off", 858.0}, {"7", "1", "on", 881.1}, {"7", "4", "off", 1700.7}, {"7", "4", "on", 1745.0}};

    private static Map<String, List<String>> design() {
        Map<String, List<String>> d = new LinkedHashMap<>();
        d.put("linear", List.of("3", "7"));
        d.put("conv", List.of("1", "4"));
        d.put("relu", List.of("off", "on"));
        return d;
    }

    /** Three runs per cell around the paper's mean: mean - 1, mean, mean + 1. */
    private static List<FactorialRun> paperRuns() {
        List<FactorialRun> runs = new ArrayList<>();
        for (Object[] c : PAPER_CELLS) {
            double mean = (double) c[3];
            for (int k = -1; k <= 1; k++) {
                double accuracy = c[1].equals("4") ? 0.87 + 0.001 * k : 0.86 + 0.001 * k;
                runs.add(new FactorialRun(Map.of("linear", (String) c[0], "conv", (String) c[1], "relu",
                        (String) c[2]), mean + k, accuracy));
            }
        }
        return runs;
    }

    @Test
    void reproducesThePapersMeanEnergyIncreasePerLayerType() {
        FactorialAnalysis a = FactorialAnalysis.of(design(), paperRuns(), 1);

        // spec section 4.4: +4.9% linear, +95.3% conv, +2.7% relu on FashionMNIST
        assertThat(a.effects().get(0).meanIncrease()[1]).isCloseTo(0.049, within(0.0006));
        assertThat(a.effects().get(1).meanIncrease()[1]).isCloseTo(0.953, within(0.0006));
        assertThat(a.effects().get(2).meanIncrease()[1]).isCloseTo(0.027, within(0.0006));
        assertThat(a.effects().get(1).test().magnitude()).isEqualTo(EffectSize.LARGE);
    }

    @Test
    void splitsTheRunsIntoTheLowAndHighEnergyClustersOfTableV() {
        FactorialAnalysis a = FactorialAnalysis.of(design(), paperRuns(), 1);

        EnergyCluster low = a.clusters().get(0);
        EnergyCluster high = a.clusters().get(1);
        assertThat(low.name()).isEqualTo("E-");
        assertThat(low.runs()).isEqualTo(12);
        assertThat(low.cells()).allSatisfy((cell, n) -> assertThat(cell).contains("conv=1"));
        // spec Table V: 857 J and 1674 J
        assertThat(low.meanEnergyJoules()).isCloseTo(857.2, within(0.1));
        assertThat(high.meanEnergyJoules()).isCloseTo(1674.1, within(0.1));
        assertThat(high.meanAccuracy()).isCloseTo(0.87, within(1e-9));
    }

    @Test
    void summarisesEachCellWithItsCoefficientOfVariationAndMedianInterval() {
        FactorialAnalysis a = FactorialAnalysis.of(design(), paperRuns(), 1);

        CellSummary first = a.cells().get(0);
        assertThat(first.cell()).isEqualTo("linear=3,conv=1,relu=off");
        assertThat(first.runs()).isEqualTo(3);
        assertThat(first.energyCv()).isCloseTo(1.0 / 834.9, within(1e-9));
        assertThat(first.medianEnergy().median()).isEqualTo(834.9);
        assertThat(first.medianEnergy().lower()).isBetween(833.9, 834.9);
        assertThat(first.medianEnergy().upper()).isBetween(834.9, 835.9);
    }

    @Test
    void refusesASingleLevelDesignAndRunsOutsideIt() {
        Map<String, List<String>> single = new LinkedHashMap<>();
        single.put("conv", List.of("1"));
        assertThatThrownBy(() -> FactorialAnalysis.of(single, List.of(), 1)).hasMessageContaining("single level");

        List<FactorialRun> outside = List.of(new FactorialRun(Map.of("linear", "3", "conv", "2", "relu", "on"), 1, 1));
        assertThatThrownBy(() -> FactorialAnalysis.of(design(), outside, 1)).hasMessageContaining("outside the design");
    }

    @Test
    void theBootstrapIsSeededAndBracketsTheMedian() {
        double[] x = {5, 1, 9, 3, 7, 2, 8};
        BootstrapInterval a = BootstrapInterval.ofMedian(x, 42);
        BootstrapInterval b = BootstrapInterval.ofMedian(x, 42);

        assertThat(a).isEqualTo(b);
        assertThat(a.median()).isEqualTo(5);
        assertThat(a.lower()).isLessThanOrEqualTo(5);
        assertThat(a.upper()).isGreaterThanOrEqualTo(5);
        // many distinct values, so that the resampled medians' percentiles move with the resamples drawn
        double[] spread = new double[41];
        for (int i = 0; i < spread.length; i++) {
            spread[i] = (i * 37) % 41 + 0.5 * i;
        }
        BootstrapInterval seeded = BootstrapInterval.ofMedian(spread, 0.9, 50, 42);
        assertThat(BootstrapInterval.ofMedian(spread, 0.9, 50, 42)).isEqualTo(seeded);
        assertThat(BootstrapInterval.ofMedian(spread, 0.9, 50, 43)).isNotEqualTo(seeded)
                .extracting(BootstrapInterval::median).isEqualTo(seeded.median());
    }
}
