package org.greentrain.cli;

import org.greentrain.energy.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code greentrain} command: only a home for the verbs ({@link Verbs}) and the global options. */
@Command(name = "greentrain", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = GreentrainCommand.Version.class,
        description = "Train deep-learning models with less energy, and prove it.")
public final class GreentrainCommand {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    /** Prints greentrain's version and commit. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo b = BuildInfo.current();
            return new String[] {"greentrain " + b.version() + " (commit " + b.commit() + ")"};
        }
    }
}
