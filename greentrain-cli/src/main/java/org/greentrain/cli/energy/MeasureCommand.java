package org.greentrain.cli.energy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.greentrain.cli.common.ExitCodes;
import org.greentrain.cli.common.Json;
import org.greentrain.cli.common.MeterOptions;
import org.greentrain.cli.common.OutputOptions;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.io.FileErrors;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.energy.carbon.CarbonIntensityTable;
import org.greentrain.energy.source.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code greentrain measure -- COMMAND}: runs any command as a child process and reports its energy, power, duration
 * and carbon. The child's exit code is passed through (128+N when a signal killed it), and the measurement is
 * reported even then. Under {@code --json} the child's stdout goes to stderr, so that stdout holds only the JSON
 * object. A {@code --csv} file is checked before the child starts; if the row still cannot be appended after a
 * successful child, the measurement is printed and the exit code is 1.
 */
@Command(name = "measure", sortOptions = false,
        description = "Measure the energy, mean power, duration and carbon of any command.",
        footer = {"", "Examples:", "  greentrain measure -- python3 train.py --epochs 3",
                "  greentrain measure --json --country FRA -- sleep 2", "  greentrain measure --sources"})
public final class MeasureCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    MeterOptions meterOptions;

    @Mixin
    OutputOptions output;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Append one row to FILE, with CodeCarbon's emissions.csv columns.")
    Path csv;

    @Option(names = "--sources", description = "List the energy sources of this machine, and why any is missing.")
    boolean listSources;

    @Option(names = "--countries", description = "List the known country codes and their carbon intensity.")
    boolean listCountries;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command to measure, after '--'.")
    List<String> command;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (listCountries) {
            printCountries(out);
            return ExitCodes.OK;
        }
        EnergyMeter meter = EnergyMeter.discover(meterOptions.toConfig());
        if (listSources) {
            printSources(out, meter);
            return ExitCodes.OK;
        }
        if (command == null || command.isEmpty()) {
            throw new UsageException("no command to measure: put it after '--', e.g. greentrain measure -- sleep 2");
        }
        if (csv != null) {
            EmissionsCsv.check(csv);
        }
        if (!output.quiet()) {
            meter.hints().forEach(h -> spec.commandLine().getErr().println("note: " + h));
        }
        return measureChild(meter, out);
    }

    private int measureChild(EnergyMeter meter, PrintWriter out) throws IOException, InterruptedException {
        EnergyTracker tracker = meter.start(String.join(" ", command));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().redirectOutput(output.json() ? Redirect.PIPE
                    : Redirect.INHERIT).start();
        } catch (IOException e) {
            tracker.stop();
            throw new UsageException("cannot run '" + command.get(0) + "': no such command (check the name and PATH)");
        }
        Thread childOutput = output.json() ? copyToStderr(child) : null;
        AtomicBoolean reported = new AtomicBoolean();
        Thread onSignal = new Thread(() -> {
            // greentrain itself was interrupted (Ctrl-C): the child got the signal too; report what it cost
            try {
                child.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            report(meter, tracker, child.isAlive() ? 130 : child.exitValue(), out, reported);
        }, "greentrain-measure-report");
        Runtime.getRuntime().addShutdownHook(onSignal);
        int exit = child.waitFor();
        if (childOutput != null) {
            childOutput.join(TimeUnit.SECONDS.toMillis(2));
        }
        boolean written = report(meter, tracker, exit, out, reported);
        Runtime.getRuntime().removeShutdownHook(onSignal);
        return written || exit != 0 ? exit : ExitCodes.FAILED;
    }

    /**
     * Copies the child's stdout to greentrain's stderr as it comes, so that under {@code --json} stdout holds only the
     * JSON object. A grandchild that keeps the pipe open is not waited for longer than a moment after the child ends.
     */
    private static Thread copyToStderr(Process child) {
        Thread copy = new Thread(() -> {
            try (InputStream in = child.getInputStream()) {
                in.transferTo(System.err);
            } catch (IOException e) {
                // greentrain's stderr or the pipe closed: nothing more of the child's output can be shown
            }
        }, "greentrain-measure-stdout");
        copy.setDaemon(true);
        copy.start();
        return copy;
    }

    /** Prints the measurement, then appends it to {@code --csv}; false when that failed (the error is printed). */
    private boolean report(EnergyMeter meter, EnergyTracker tracker, int exit, PrintWriter out,
                           AtomicBoolean reported) {
        if (!reported.compareAndSet(false, true)) {
            return true;
        }
        Measurement m = tracker.stop();
        RunEnvironment env = RunEnvironment.capture(meter, Map.of());
        if (output.json()) {
            var node = Json.object();
            command.forEach(node.putArray("command")::add);
            node.put("exitCode", exit);
            node.setAll(MeasurementJson.toJson(m));
            node.set("environment", MeasurementJson.toJson(env));
            out.println(Json.write(node));
        } else {
            out.println("command    " + String.join(" ", command) + " (exit code " + exit + ")");
            out.print(MeasurementText.render(m));
        }
        out.flush();
        String problem = csv == null ? null : appendRow(m, env);
        if (problem != null) {
            spec.commandLine().getErr().println("greentrain measure: " + problem);
        }
        return problem == null;
    }

    /** Appends the measurement to {@code --csv}; what went wrong, or null. */
    private String appendRow(Measurement m, RunEnvironment env) {
        try {
            EmissionsCsv.append(csv, "greentrain", m, env);
            return null;
        } catch (IOException e) {
            return "cannot write " + csv + ": " + FileErrors.reason(e);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static void printSources(PrintWriter out, EnergyMeter meter) {
        TextTable table = new TextTable("source", "state", "detail");
        for (SourceStatus s : meter.statuses()) {
            table.row(s.name(), s.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), s.detail());
        }
        out.print(table.render());
        meter.hints().forEach(h -> out.println("note: " + h));
        out.printf("carbon: %.1f gCO2e/kWh (%s, %s)%n", meter.carbonIntensity().gramsPerKwh(),
                meter.carbonIntensity().country(), meter.carbonIntensity().source());
    }

    private static void printCountries(PrintWriter out) {
        CarbonIntensityTable table = CarbonIntensityTable.bundled();
        TextTable t = new TextTable("code", "country", " gCO2e/kWh", " year");
        table.rows().values().forEach(r -> t.row(r.iso3(), r.name(), r.gramsPerKwh(), r.year()));
        out.print(t.render());
        out.println("source: " + table.source());
    }
}
