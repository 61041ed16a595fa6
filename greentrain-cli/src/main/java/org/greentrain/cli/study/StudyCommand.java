package org.greentrain.cli.study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain study}: the papers' experiments end to end, one subcommand per study kind. Every study is stored
 * run by run and resumes where it stopped; {@code greentrain report STUDY} turns it into an HTML page.
 */
@Command(name = "study", sortOptions = false,
        description = "Run a paper's experiment end to end on your data; every run is stored and the same command "
                + "resumes. Then: greentrain report STUDY.",
        subcommands = {ReductionStudyCommand.class, TuningStudyCommand.class, ArchitectureStudyCommand.class})
public final class StudyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Without a subcommand, prints the list of studies. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
