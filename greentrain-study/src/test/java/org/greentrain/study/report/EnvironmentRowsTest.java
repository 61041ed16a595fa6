package org.greentrain.study.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greentrain.energy.RunEnvironment;
import org.junit.jupiter.api.Test;

class EnvironmentRowsTest {

    private static RunEnvironment environment(String cpu, Map<String, String> libraries) {
        return new RunEnvironment(cpu, 2, 7.75, "Linux 6.1 amd64", "Eclipse Adoptium 17.0.9", "0.1.0", "abc1234",
                List.of("cpu-estimate: 15 W TDP", "ram-estimate: 8 GB"), 475, "WORLD", "default", libraries);
    }

    @Test
    void oneEnvironmentGivesUnnumberedRowsWithTheLibrariesByName() {
        Map<String, String> rows = EnvironmentRows.of(List.of(environment("Xeon", Map.of("pytorch", "2.7.1",
                "djl", "0.35.1"))));

        assertThat(rows).containsExactly(
                Map.entry("CPU", "Xeon (2 logical CPUs)"),
                Map.entry("memory", "7.8 GB"),
                Map.entry("OS", "Linux 6.1 amd64"),
                Map.entry("JVM", "Eclipse Adoptium 17.0.9"),
                Map.entry("greentrain", "0.1.0 (commit abc1234)"),
                Map.entry("djl", "0.35.1"),
                Map.entry("pytorch", "2.7.1"),
                Map.entry("meter sources", "cpu-estimate: 15 W TDP; ram-estimate: 8 GB"),
                Map.entry("carbon intensity", "475.0 gCO2e/kWh (WORLD, default)"));
    }

    @Test
    void severalEnvironmentsAreNumberedFirstFirstAndNoneGivesNoRows() {
        Map<String, String> rows = EnvironmentRows.of(List.of(environment("Xeon", Map.of()),
                environment("EPYC", Map.of("djl", "0.35.1"))));

        assertThat(rows).containsEntry("#1 CPU", "Xeon (2 logical CPUs)").containsEntry("#2 CPU",
                "EPYC (2 logical CPUs)").containsEntry("#2 djl", "0.35.1").doesNotContainKey("#1 djl")
                .doesNotContainKey("CPU");
        assertThat(rows.keySet()).first().isEqualTo("#1 CPU");
        assertThat(rows).hasSize(2 * 7 + 1);
        assertThat(EnvironmentRows.of(List.of())).isEmpty();
    }
}
