package org.greentrain.cli.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.Test;

class StudyCommandTest {

    @Test
    void withoutASubcommandItIsAUsageErrorLikeStudies() {
        CliRun bare = CliRun.of("study");

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.out()).isEmpty();
        assertThat(bare.err()).contains("give a subcommand: study reduction | study tuning | study architecture");
        assertThat(CliRun.of("studies").exitCode()).isEqualTo(bare.exitCode());
    }
}
