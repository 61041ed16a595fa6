package org.greentrain.cli;

import org.greentrain.cli.common.ErrorReporter;
import picocli.CommandLine;

/** Entry point of the {@code greentrain} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting. */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** The configured command line with the verbs that {@code args} need ({@link Verbs#addNamedIn}). */
    public static CommandLine commandLineFor(String... args) {
        return configured(Verbs.addNamedIn(new CommandLine(new GreentrainCommand()), args));
    }

    /** The configured command line with every verb. */
    public static CommandLine commandLine() {
        return configured(Verbs.addAll(new CommandLine(new GreentrainCommand())));
    }

    /** Error handling and enum parsing, set once the verbs are in (picocli applies them to existing subcommands). */
    private static CommandLine configured(CommandLine commandLine) {
        ErrorReporter errors = new ErrorReporter();
        return commandLine
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
