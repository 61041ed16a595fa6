package org.greentrain.tune.space;

import java.util.regex.Pattern;

/** Shared validation of names in spaces. */
final class SpaceChecks {

    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private SpaceChecks() {
    }

    static void name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad parameter name '" + name
                    + "': use letters, digits, '_', '.' or '-', starting with a letter or '_'");
        }
    }
}
