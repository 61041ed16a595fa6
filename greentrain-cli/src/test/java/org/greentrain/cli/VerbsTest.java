package org.greentrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbsTest {

    @Test
    void aCommandLineThatNamesItsVerbGetsOnlyThatVerb() {
        assertThat(Main.commandLineFor("reduce", "--help").getSubcommands()).containsOnlyKeys("reduce");
        assertThat(Main.commandLineFor("--verbose", "epsilon", "--full", "x").getSubcommands())
                .containsOnlyKeys("epsilon");
    }

    @Test
    void aPlainVersionRequestNeedsNoVerb() {
        assertThat(Main.commandLineFor("--version").getSubcommands()).isEmpty();
        CliRun version = CliRun.of("-V");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("greentrain ");
        assertThat(Main.commandLineFor("--version", "--help").getSubcommands()).hasSize(14);
    }

    @Test
    void noVerbOrAnUnknownOneGetsEveryVerbForHelpAndSuggestions() {
        int all = Main.commandLine().getSubcommands().size();
        assertThat(all).isEqualTo(14);
        assertThat(Main.commandLineFor("--help").getSubcommands()).hasSize(all);
        assertThat(Main.commandLineFor("reduse", "--keep", "0.1").getSubcommands()).hasSize(all);

        CliRun typo = CliRun.of("reduse");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("reduce");
    }

    @Test
    void globalSettingsReachAVerbAddedAlone() {
        // enum values are case-insensitive and --verbose is inherited, also when the verb is added on its own
        CliRun lower = CliRun.of("reduce", "--dataset", "iris", "--method", "srs", "--keep", "0.5", "--scale", "none",
                "--quiet", "--no-gpu", "--verbose");
        assertThat(lower.exitCode()).as(lower.err()).isZero();
    }
}
