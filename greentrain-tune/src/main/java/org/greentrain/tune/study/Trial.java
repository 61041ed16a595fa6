package org.greentrain.tune.study;

import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.greentrain.tune.space.Params;

/**
 * A running trial handed out by {@link Study#ask()}: its number and parameters, plus the calls an objective makes
 * while it runs: {@link #report} intermediate values, {@link #shouldPrune()}, attributes, and {@link #setEnergy} when
 * the energy was measured elsewhere (for example by the command the objective ran).
 */
public final class Trial {

    private final Study study;
    private final int number;
    private final Params params;
    private volatile DoubleSupplier joulesSoFar;
    private volatile TrialEnergy reportedEnergy;

    Trial(Study study, int number, Params params) {
        this.study = study;
        this.number = number;
        this.params = params;
    }

    /** The trial's number in its study. */
    public int number() {
        return number;
    }

    /** The chosen parameters. */
    public Params params() {
        return params;
    }

    /** A float (or integer) parameter as a double. */
    public double getDouble(String name) {
        return params.getDouble(name);
    }

    /** An integer parameter. */
    public int getInt(String name) {
        return params.getInt(name);
    }

    /** A categorical parameter. */
    public String getString(String name) {
        return params.getString(name);
    }

    /** Whether a (conditional) parameter is active in this trial. */
    public boolean has(String name) {
        return params.has(name);
    }

    /**
     * Reports an intermediate value at {@code step}; when the trial runs under {@link Study#optimize} with a meter,
     * the joules used so far are recorded with it.
     */
    public void report(long step, double value) {
        DoubleSupplier j = joulesSoFar;
        report(step, value, j == null ? Double.NaN : j.getAsDouble());
    }

    /** Reports an intermediate value at {@code step} with the joules used so far (NaN when unknown). */
    public void report(long step, double value, double joules) {
        study.storage().addIntermediate(study.id(), number, new Intermediate(step, value, joules));
    }

    /** Whether the study's pruner says this trial should stop now; throw {@link TrialPrunedException} if so. */
    public boolean shouldPrune() {
        return study.shouldPrune(number);
    }

    /** Sets a free-form attribute of the trial. */
    public void setAttr(String key, String value) {
        study.storage().setTrialAttr(study.id(), number, key, value);
    }

    /** Declares the trial's energy, measured by the objective itself; it replaces the optimize loop's measurement. */
    public void setEnergy(TrialEnergy energy) {
        this.reportedEnergy = energy;
    }

    /** The energy declared with {@link #setEnergy}, if any. */
    public Optional<TrialEnergy> reportedEnergy() {
        return Optional.ofNullable(reportedEnergy);
    }

    /** The study this trial belongs to. */
    public Study study() {
        return study;
    }

    void measureWith(DoubleSupplier joules) {
        this.joulesSoFar = joules;
    }
}
