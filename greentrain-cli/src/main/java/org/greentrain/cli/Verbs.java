package org.greentrain.cli;

import java.util.List;
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
import picocli.CommandLine;

/**
 * The verbs of {@code greentrain}, in the order its help lists them. Picocli builds a verb's whole option model by
 * reflection when the verb is added, a quarter of a second for all of them, so a command line that names its verb
 * gets only that one: {@code greentrain reduce} starts as fast as a command with one verb.
 */
final class Verbs {

    private static final List<String> NAMES = List.of("demo", "measure", "train", "predict", "reduce", "epsilon",
            "tune", "ask", "tell", "studies", "profile", "ablate", "study", "report");

    private Verbs() {
    }

    /** Adds every verb: what {@code greentrain --help}, an unknown verb's suggestions and tests need. */
    static CommandLine addAll(CommandLine root) {
        NAMES.forEach(name -> root.addSubcommand(name, create(name)));
        return root;
    }

    /**
     * Adds only the verb that {@code args} name (the first argument that is not an option; the global options take
     * no value), no verb for a plain {@code --version}, or every verb otherwise.
     */
    static CommandLine addNamedIn(CommandLine root, String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return NAMES.contains(arg) ? root.addSubcommand(arg, create(arg)) : addAll(root);
            }
        }
        List<String> options = List.of(args);
        boolean versionOnly = (options.contains("-V") || options.contains("--version"))
                && !options.contains("-h") && !options.contains("--help");
        return versionOnly ? root : addAll(root);
    }

    /** A new command object for the verb {@code name}; a switch, so that naming one verb loads no other. */
    private static Object create(String name) {
        return switch (name) {
            case "demo" -> new DemoCommand();
            case "measure" -> new MeasureCommand();
            case "train" -> new TrainCommand();
            case "predict" -> new PredictCommand();
            case "reduce" -> new ReduceCommand();
            case "epsilon" -> new EpsilonCommand();
            case "tune" -> new TuneCommand();
            case "ask" -> new AskCommand();
            case "tell" -> new TellCommand();
            case "studies" -> new StudiesCommand();
            case "profile" -> new ProfileCommand();
            case "ablate" -> new AblateCommand();
            case "study" -> new StudyCommand();
            case "report" -> new ReportCommand();
            default -> throw new IllegalArgumentException("no verb " + name);
        };
    }
}
