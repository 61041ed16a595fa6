package org.greentrain.cli.profile;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.train.profile.ProfileListener;
import org.greentrain.train.profile.ProfileRun;

/** The progress bars of {@code greentrain profile} on stderr: one per training run, counting its steps. */
final class ProfileProgress implements ProfileListener, AutoCloseable {

    private static final int WIDTH = 100;

    private final PrintStream stream;
    private ProgressBar bar;

    private ProfileProgress(PrintStream stream) {
        this.stream = stream;
    }

    /** Bars on stderr when {@code enabled}, else null. */
    static ProfileProgress startIf(boolean enabled) {
        return enabled ? new ProfileProgress(System.err) : null;
    }

    @Override
    public void onRun(ProfileRun run, int steps) {
        close();
        bar = new ProgressBarBuilder().setTaskName(run.id()).setInitialMax(steps).setUnit(" steps", 1)
                .setConsumer(new ConsoleProgressBarConsumer(stream, WIDTH)).build();
    }

    @Override
    public void onStep(ProfileRun run, int step) {
        if (bar != null) {
            bar.stepTo(step);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
