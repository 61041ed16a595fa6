package org.greentrain.energy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * greentrain's version and the git commit it was built from, so that every recorded run can say which code produced
 * it.
 *
 * @param version greentrain's version, for example {@code 0.1.0-SNAPSHOT}
 * @param commit  abbreviated commit id, with {@code -dirty} when built from uncommitted changes, or "unknown"
 */
public record BuildInfo(String version, String commit) {

    private static final BuildInfo CURRENT = load();

    /** The build this code belongs to. */
    public static BuildInfo current() {
        return CURRENT;
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/greentrain/energy/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to unknown values
        }
        String version = resolved(p.getProperty("version"));
        String commit = resolved(p.getProperty("commit"));
        if (!commit.equals("unknown") && "true".equals(p.getProperty("dirty"))) {
            commit += "-dirty";
        }
        return new BuildInfo(version, commit);
    }

    private static String resolved(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}
