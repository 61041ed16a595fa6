package org.greentrain.cli;

import org.greentrain.cli.ablate.AblateCommand;
import org.greentrain.cli.demo.DemoCommand;
import org.greentrain.cli.energy.MeasureCommand;
import org.greentrain.cli.predict.PredictCommand;
import org.greentrain.cli.profile.ProfileCommand;
import org.greentrain.cli.reduce.EpsilonCommand;
import org.greentrain.cli.reduce.ReduceCommand;
import org.greentrain.cli.report.ReportCommand;
import org.greentrain.cli.study.StudyCommand;
import org.greentrain.cli.train.TrainCommand;
import org.greentrain.cli.tune.AskCommand;
import org.greentrain.cli.tune.StudiesCommand;
import org.greentrain.cli.tune.TellCommand;
import org.greentrain.cli.tune.TuneCommand;
import org.greentrain.energy.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code greentrain} command: only a home for the verbs and the global options. */
@Command(name = "greentrain", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = GreentrainCommand.Version.class,
        description = "Train deep-learning models with less energy, and prove it.",
        subcommands = {DemoCommand.class, MeasureCommand.class, TrainCommand.class, PredictCommand.class,
                ReduceCommand.class, EpsilonCommand.class, TuneCommand.class, AskCommand.class, TellCommand.class,
                StudiesCommand.class, ProfileCommand.class, AblateCommand.class, StudyCommand.class,
                ReportCommand.class})
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
