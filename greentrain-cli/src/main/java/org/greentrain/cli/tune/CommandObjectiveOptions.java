package org.greentrain.cli.tune;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.greentrain.cli.common.DurationConverter;
import org.greentrain.tune.objective.CommandLine;
import org.greentrain.tune.objective.ExternalCommandObjective;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import picocli.CommandLine.Option;

/**
 * The external-command objective of {@code greentrain tune}: any program run once per trial, its parameters put into
 * {@code {name}} placeholders, its result read from standard output, its energy measured like {@code measure}'s.
 * See {@link ExternalCommandObjective} for the template and result rules.
 */
public final class CommandObjectiveOptions implements ObjectiveFactory {

    @Option(names = "--command", paramLabel = "TEMPLATE",
            description = "The command run per trial, split like a shell line (no shell features), with {param} and "
                    + "{trial} placeholders, e.g. 'python3 train.py --lr {lr}'. Its result is the last number on "
                    + "standard output (one per objective besides energy) or --value-field of its last JSON line.")
    String command;

    @Option(names = "--value-field", paramLabel = "FIELD", split = ",",
            description = "Read the objective value(s) from these fields of the last JSON object line on standard "
                    + "output instead of the last number(s).")
    List<String> valueFields;

    @Option(names = "--energy-field", paramLabel = "FIELD",
            description = "The command measures its own joules and prints them in this field of its last JSON line "
                    + "(provenance reported-by-command); by default greentrain measures the command.")
    String energyField;

    @Option(names = "--trial-timeout", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Kill a trial's command after this long and mark the trial failed.")
    Duration trialTimeout;

    @Override
    public boolean given() {
        return command != null;
    }

    @Override
    public Objective create(SearchSpace space, List<Goal> goals) {
        int values = (int) goals.stream().filter(g -> !g.isEnergy()).count();
        return new ExternalCommandObjective(command, space, values, valueFields == null ? List.of() : valueFields,
                energyField, null, trialTimeout);
    }

    /** Programs whose first plain argument names the script that is really run. */
    private static final Pattern INTERPRETER = Pattern.compile(
            "(python|pypy|sh|bash|zsh|dash|ksh|node|ruby|perl|php|lua|Rscript|julia)[0-9.]*");

    /**
     * The program's (or, after a known interpreter such as python or bash, the script's) file name plus 8 hex digits
     * of the SHA-256 of the whole template, for example {@code train.py-3f9a0c12}: the same command resumes the same
     * study, a changed one starts another. Options and {@code {param}} placeholders are never taken for the script.
     */
    @Override
    public String defaultStudyName() {
        List<String> args = CommandLine.split(command);
        String main = args.get(0);
        if (INTERPRETER.matcher(fileName(main)).matches()) {
            main = args.stream().skip(1).filter(a -> !a.startsWith("-") && !a.contains("{")).findFirst().orElse(main);
        }
        String safe = fileName(main).replaceAll("[^A-Za-z0-9._-]", "_");
        safe = safe.substring(0, Math.min(safe.length(), 40));
        return safe + "-" + sha256(String.join("\u0000", args)).substring(0, 8);
    }

    private static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }

    @Override
    public String describe() {
        return "command: " + command;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
