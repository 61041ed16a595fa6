package org.greentrain.cli.study;

import java.util.concurrent.Callable;
import org.greentrain.cli.common.UsageException;
import picocli.CommandLine.Command;

/**
 * {@code greentrain study}: the papers' experiments end to end, one subcommand per study kind. Every study is stored
 * run by run and resumes where it stopped; {@code greentrain report STUDY} turns it into an HTML page.
 */
@Command(name = "study", sortOptions = false,
        description = "Run a paper's experiment end to end on your data; every run is stored and the same command "
                + "resumes. Then: greentrain report STUDY.",
        subcommands = {ReductionStudyCommand.class, TuningStudyCommand.class, ArchitectureStudyCommand.class})
public final class StudyCommand implements Callable<Integer> {

    /** Without a subcommand there is nothing to run: a usage error, as for {@code greentrain studies}. */
    @Override
    public Integer call() {
        throw new UsageException("give a subcommand: study reduction | study tuning | study architecture "
                + "(greentrain study --help describes them)");
    }
}
