package org.greentrain.energy.source;

/**
 * Whether a kind of energy source is in use on this machine, and why or why not. {@code greentrain measure --sources}
 * prints these.
 *
 * @param name   source name, for example {@code rapl}
 * @param state  whether the source is used, present but not needed, or absent
 * @param detail what is read when used, or the reason it is not
 */
public record SourceStatus(String name, State state, String detail) {

    /** The state of a source on this machine. */
    public enum State {
        /** Measuring in this configuration. */
        USED,
        /** Available, but another source covers the same component. */
        NOT_NEEDED,
        /** Not available on this machine. */
        ABSENT
    }

    public static SourceStatus used(EnergySource source) {
        return new SourceStatus(source.name(), State.USED, source.description());
    }

    public static SourceStatus absent(String name, String reason) {
        return new SourceStatus(name, State.ABSENT, reason);
    }

    public static SourceStatus notNeeded(String name, String reason) {
        return new SourceStatus(name, State.NOT_NEEDED, reason);
    }
}
