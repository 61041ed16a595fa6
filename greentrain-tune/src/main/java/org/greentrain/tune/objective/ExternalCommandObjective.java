package org.greentrain.tune.objective;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.Trial;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialPrunedException;

/**
 * An objective that runs an external command per trial, in any language.
 *
 * <p><b>Template.</b> The template is split into arguments by {@link CommandLine} (no shell), then in every argument
 * {@code {name}} is replaced by the value of parameter {@code name} (floats in Java's round-trip form such as
 * {@code 1.0E-5}, integers as digits, categoricals as written) and {@code {trial}} by the trial number. An argument
 * that mentions a parameter inactive in the trial is dropped whole, so write {@code --momentum={momentum}} as one
 * argument. The variable {@code GREENTRAIN_TRIAL} holds the trial number.
 *
 * <p><b>Result.</b> Without value fields, the objective values are the last numbers printed on standard output (one
 * per value goal). With value fields, the last standard-output line that is a JSON object must hold each field as a
 * number. With an energy field, that line's field gives the trial's joules, measured by the command itself (provenance
 * {@code reported-by-command}); otherwise the study's meter measures the command.
 *
 * <p><b>Progress.</b> A line {@code greentrain-report STEP VALUE [JOULES]} reports an intermediate value; if the pruner
 * then says stop, the command is killed and the trial is PRUNED.
 *
 * <p><b>Failure.</b> A non-zero exit, a time-out, or missing numbers fail the trial with a one-line reason (the last
 * line of standard error where there is one); the study goes on.
 */
public final class ExternalCommandObjective implements Objective {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.\\-]*)}");
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|[-+]?(?:Infinity|NaN)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> template;
    private final int valueCount;
    private final List<String> valueFields;
    private final String energyField;
    private final Path workingDirectory;
    private final Duration timeout;

    /**
     * @param template         the command template
     * @param space            the study's space, to check placeholders
     * @param valueCount       how many objective values the command produces (value goals of the study); 0 when the
     *                         only goal is energy, so the command need only succeed
     * @param valueFields      JSON fields holding the values, empty to take the last numbers on standard output
     * @param energyField      JSON field holding the command's own joules, or null
     * @param workingDirectory where to run, or null for the current directory
     * @param timeout          per-trial time limit, or null
     * @throws IllegalArgumentException for a malformed template, an unknown placeholder or mismatched value fields
     */
    public ExternalCommandObjective(String template, SearchSpace space, int valueCount, List<String> valueFields,
                                    String energyField, Path workingDirectory, Duration timeout) {
        this.template = CommandLine.split(template);
        for (String arg : this.template) {
            Matcher m = PLACEHOLDER.matcher(arg);
            while (m.find()) {
                String name = m.group(1);
                if (!name.equals("trial") && space.param(name).isEmpty()) {
                    throw new IllegalArgumentException("command placeholder {" + name + "} is not a parameter of the "
                            + "space (" + String.join(", ", space.params().stream().map(p -> p.name()).toList())
                            + ")");
                }
            }
        }
        if (valueCount < 0) {
            throw new IllegalArgumentException("value count must be >= 0, got " + valueCount);
        }
        if (!valueFields.isEmpty() && valueFields.size() != valueCount) {
            throw new IllegalArgumentException(valueCount + " value(s) expected but " + valueFields.size()
                    + " value field(s) given: " + valueFields);
        }
        this.valueCount = valueCount;
        this.valueFields = List.copyOf(valueFields);
        this.energyField = energyField;
        this.workingDirectory = workingDirectory;
        this.timeout = timeout;
    }

    /** The arguments for {@code trial}. */
    List<String> arguments(Trial trial) {
        List<String> out = new ArrayList<>();
        for (String arg : template) {
            Matcher m = PLACEHOLDER.matcher(arg);
            StringBuilder sb = new StringBuilder();
            boolean keep = true;
            while (m.find()) {
                String name = m.group(1);
                String value;
                if (name.equals("trial")) {
                    value = Integer.toString(trial.number());
                } else if (trial.has(name)) {
                    value = trial.params().get(name).toString();
                } else {
                    keep = false;
                    value = "";
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            if (keep) {
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Override
    public double[] evaluate(Trial trial) throws Exception {
        List<String> args = arguments(trial);
        ProcessBuilder pb = new ProcessBuilder(args);
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        pb.environment().put("GREENTRAIN_TRIAL", Integer.toString(trial.number()));
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new CommandFailedException("cannot start '" + args.get(0) + "': " + e.getMessage());
        }
        Deque<String> stderr = new ArrayDeque<>();
        Thread drain = new Thread(() -> drain(process, stderr), "greentrain-stderr");
        drain.setDaemon(true);
        drain.start();
        List<String> lines = new ArrayList<>();
        Thread watchdog = null;
        AtomicBoolean timedOut = new AtomicBoolean();
        if (timeout != null) {
            watchdog = new Thread(() -> {
                try {
                    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        timedOut.set(true);
                        kill(process);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "greentrain-timeout");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        boolean readAll = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("greentrain-report ")) {
                    report(trial, line);
                    if (trial.shouldPrune()) {
                        throw new TrialPrunedException();
                    }
                }
            }
            readAll = true;
        } finally {
            if (!readAll || process.isAlive() && Thread.currentThread().isInterrupted()) {
                kill(process);
            }
        }
        int code = process.waitFor();
        drain.join(1000);
        if (timedOut.get()) {
            throw new CommandFailedException("command timed out after " + timeout.toMillis() / 1000.0 + " s");
        }
        if (code != 0) {
            String last;
            synchronized (stderr) {
                last = stderr.isEmpty() ? "" : ": " + stderr.peekLast();
            }
            throw new CommandFailedException("command exited with code " + code + last);
        }
        return parse(trial, lines);
    }

    /**
     * Kills the command and everything it started, so no grandchild keeps its output open. The command goes first: a
     * shell whose child died first could otherwise run its next line (and print a result) before its own kill.
     */
    private static void kill(Process process) {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
    }

    private static void report(Trial trial, String line) {
        String[] parts = line.trim().split("\\s+");
        try {
            long step = Long.parseLong(parts[1]);
            double value = Double.parseDouble(parts[2]);
            if (parts.length > 3) {
                trial.report(step, value, Double.parseDouble(parts[3]));
            } else {
                trial.report(step, value);
            }
        } catch (RuntimeException e) {
            throw new CommandFailedException("bad progress line '" + line + "': expected greentrain-report STEP "
                    + "VALUE [JOULES]");
        }
    }

    private double[] parse(Trial trial, List<String> lines) {
        if (valueFields.isEmpty() && energyField == null) {
            return lastNumbers(lines);
        }
        JsonNode json = null;
        for (int i = lines.size() - 1; i >= 0 && json == null; i--) {
            String l = lines.get(i).strip();
            if (l.startsWith("{")) {
                try {
                    json = JSON.readTree(l);
                } catch (IOException e) {
                    json = null;
                }
            }
        }
        if (json == null) {
            throw new CommandFailedException("command printed no JSON object line on standard output");
        }
        if (energyField != null) {
            JsonNode e = json.get(energyField);
            if (e == null || !e.isNumber()) {
                throw new CommandFailedException("JSON output has no number field '" + energyField + "'");
            }
            trial.setEnergy(TrialEnergy.reported(e.asDouble(), "reported-by-command", 0));
        }
        if (valueFields.isEmpty()) {
            return lastNumbers(lines.stream().filter(l -> !l.strip().startsWith("{")).toList());
        }
        double[] values = new double[valueFields.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = json.get(valueFields.get(i));
            if (v == null || !v.isNumber()) {
                throw new CommandFailedException("JSON output has no number field '" + valueFields.get(i) + "'");
            }
            values[i] = v.asDouble();
        }
        return values;
    }

    private double[] lastNumbers(List<String> lines) {
        Deque<Double> found = new ArrayDeque<>();
        for (int i = lines.size() - 1; i >= 0 && found.size() < valueCount; i--) {
            String line = lines.get(i);
            if (line.startsWith("greentrain-report ")) {
                continue;
            }
            List<Double> inLine = new ArrayList<>();
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                inLine.add(Double.parseDouble(m.group()));
            }
            for (int k = inLine.size() - 1; k >= 0 && found.size() < valueCount; k--) {
                found.addFirst(inLine.get(k));
            }
        }
        if (found.size() < valueCount) {
            throw new CommandFailedException("command printed " + (found.isEmpty() ? "no number" : "only "
                    + found.size() + " number(s)") + " on standard output, " + valueCount + " expected");
        }
        double[] out = new double[valueCount];
        int i = 0;
        for (double v : found) {
            out[i++] = v;
        }
        return out;
    }

    private static void drain(Process p, Deque<String> keep) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                synchronized (keep) {
                    keep.addLast(line.strip());
                    if (keep.size() > 20) {
                        keep.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
    }
}
