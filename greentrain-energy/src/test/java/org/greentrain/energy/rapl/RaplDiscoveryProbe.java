package org.greentrain.energy.rapl;

import java.nio.file.Path;

/** Runs RAPL discovery on a sysfs root and prints the outcome; started as an unprivileged child by a test. */
public final class RaplDiscoveryProbe {

    private RaplDiscoveryProbe() {
    }

    public static void main(String[] args) {
        System.out.println(RaplSourceTest.describe(RaplSource.discover(Path.of(args[0]))));
    }
}
