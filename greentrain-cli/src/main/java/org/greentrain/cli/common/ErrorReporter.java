package org.greentrain.cli.common;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.greentrain.data.io.FileErrors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one clear line on stderr and the right exit code: 2 for bad usage or bad input (a file
 * the system refuses included, with its reason), 1 for work that failed.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("greentrain: " + firstLine(ex.getMessage()) + suggestion(ex));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        if (verbose(args)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean usage = isUsageError(ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        FileSystemException fse = fileSystemException(ex);
        if (fse != null) {
            message = "cannot access " + fse.getFile() + (fse.getOtherFile() == null ? "" : " or " + fse.getOtherFile())
                    + ": " + FileErrors.reason(fse);
            usage = true;
        }
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + (usage ? "" : "failed: ") + firstLine(message));
        boolean verbose = parseResult != null && parseResult.asCommandLineList().stream()
                .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose"));
        if (verbose) {
            ex.printStackTrace(err);
        } else if (!usage) {
            err.println("(run again with --verbose for the stack trace)");
        }
        err.flush();
        return usage ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    /** For a mistyped verb or option, the closest names picocli knows, as {@code " (did you mean ...?)"}. */
    private static String suggestion(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return " (did you mean " + String.join(" or ", unmatched.getSuggestions().stream().limit(3)
                    .map(s -> "'" + s + "'").toList()) + "?)";
        }
        return "";
    }

    private static boolean isUsageError(Throwable ex) {
        return ex instanceof UsageException || ex instanceof IllegalArgumentException;
    }

    /** A file the user named that the system refused (missing, not allowed, a directory), bare or wrapped. */
    private static FileSystemException fileSystemException(Exception ex) {
        if (ex instanceof FileSystemException fse) {
            return fse;
        }
        return ex instanceof UncheckedIOException uio && uio.getCause() instanceof FileSystemException fse ? fse : null;
    }

    private static boolean verbose(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
