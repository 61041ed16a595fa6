package org.greentrain.cli.energy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.greentrain.cli.common.OutputTarget;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.io.AtomicFiles;
import org.greentrain.energy.ComponentEnergy;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.RunEnvironment;

/**
 * Appends a measurement as one row of a CSV file whose columns are named as in CodeCarbon's {@code emissions.csv}, so
 * that tooling written for CodeCarbon reads greentrain's output. Units follow CodeCarbon: emissions in kg, energy in
 * kWh, power in W, RAM in GB. A new file gets the header; an existing file must already have it. A new file is not
 * given a new directory: the directory must exist.
 */
public final class EmissionsCsv {

    /** CodeCarbon's column order. */
    static final List<String> COLUMNS = List.of("timestamp", "project_name", "run_id", "duration", "emissions",
            "emissions_rate", "cpu_power", "gpu_power", "ram_power", "cpu_energy", "gpu_energy", "ram_energy",
            "energy_consumed", "country_name", "country_iso_code", "region", "cloud_provider", "cloud_region", "os",
            "python_version", "codecarbon_version", "cpu_count", "cpu_model", "gpu_count", "gpu_model", "longitude",
            "latitude", "ram_total_size", "tracking_mode", "on_cloud", "pue");

    private static final String HEADER = String.join(",", COLUMNS);

    private EmissionsCsv() {
    }

    /**
     * Checks, before anything is measured, that a row can be appended to {@code file}: an existing file must open for
     * appending and have CodeCarbon's header; a new one must be creatable (see {@link OutputTarget}).
     *
     * @throws UsageException           when the path cannot take the file (a directory, no such directory, not
     *                                    writable), saying why
     * @throws IllegalArgumentException when the existing file has a different header
     * @throws IOException              when the existing file cannot be read
     */
    public static void check(Path file) throws IOException {
        OutputTarget.appended("--csv", file, "emissions.csv");
        requireHeader(file);
    }

    /**
     * Appends the row. The file is never left half-written: a new file is written beside and moved into place, and a
     * row is appended with a single write.
     *
     * @throws IllegalArgumentException when the existing file has a different header
     */
    public static void append(Path file, String projectName, Measurement m, RunEnvironment env) throws IOException {
        String row = row(projectName, m, env) + "\n";
        if (Files.exists(file)) {
            requireHeader(file);
            Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } else {
            byte[] content = (HEADER + "\n" + row).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, out -> out.write(content));
        }
    }

    /** Refuses an existing {@code file} whose first line is not CodeCarbon's header. */
    private static void requireHeader(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String firstLine;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            firstLine = Objects.requireNonNullElse(reader.readLine(), "");
        } catch (CharacterCodingException e) {
            firstLine = "";
        }
        if (!firstLine.equals(HEADER)) {
            throw new IllegalArgumentException(file + " exists but its header is not CodeCarbon's emissions.csv header;"
                    + " choose another --csv file");
        }
    }

    static String row(String projectName, Measurement m, RunEnvironment env) {
        double cpu = joulesOf(m, "cpu-package", "cpu");
        double gpu = m.totalComponents().stream().filter(c -> c.name().startsWith("gpu"))
                .mapToDouble(ComponentEnergy::energyJoules).sum();
        double ram = joulesOf(m, "dram", "ram");
        double s = Math.max(m.durationSeconds(), 1e-9);
        long gpuCount = m.components().stream().filter(c -> c.name().startsWith("gpu")).count();
        List<Object> values = List.of(
                m.startedAt().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                projectName,
                UUID.randomUUID(),
                m.durationSeconds(),
                m.co2eGrams() / 1000,
                m.co2eGrams() / 1000 / s,
                cpu / s,
                gpu / s,
                ram / s,
                kwh(cpu),
                kwh(gpu),
                kwh(ram),
                kwh(m.energyJoules()),
                m.carbon().country(),
                m.carbon().country(),
                "", "", "",
                env.os(),
                "", "",
                env.logicalCpus(),
                env.cpuModel(),
                gpuCount == 0 ? "" : gpuCount,
                "", "", "",
                env.memoryGigabytes(),
                "machine",
                "N",
                m.carbon().pue());
        return values.stream().map(EmissionsCsv::cell).collect(Collectors.joining(","));
    }

    private static double joulesOf(Measurement m, String... names) {
        return m.totalComponents().stream().filter(c -> List.of(names).contains(c.name()))
                .mapToDouble(ComponentEnergy::energyJoules).sum();
    }

    private static double kwh(double joules) {
        return joules / 3.6e6;
    }

    private static String cell(Object value) {
        String s = value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : String.valueOf(value);
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
