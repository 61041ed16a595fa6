package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandObjectiveOptionsTest {

    private static String nameOf(String command) {
        CommandObjectiveOptions o = new CommandObjectiveOptions();
        o.command = command;
        return o.defaultStudyName();
    }

    @Test
    void theStudyIsNamedAfterTheScriptOnlyBehindAnInterpreter() {
        assertThat(nameOf("echo {x}")).matches("echo-[0-9a-f]{8}");
        assertThat(nameOf("./train --lr {lr}")).matches("train-[0-9a-f]{8}");
        assertThat(nameOf("python3 -u scripts/train.py --lr {lr}")).matches("train\\.py-[0-9a-f]{8}");
        assertThat(nameOf("/usr/bin/bash run.sh {x}")).matches("run\\.sh-[0-9a-f]{8}");
        assertThat(nameOf("sh {script}")).as("a placeholder is no script name").matches("sh-[0-9a-f]{8}");
        assertThat(nameOf("echo {x}")).isEqualTo(nameOf("echo {x}")).isNotEqualTo(nameOf("echo {y}"));
    }
}
