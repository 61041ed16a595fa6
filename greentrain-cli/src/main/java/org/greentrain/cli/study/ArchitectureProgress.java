package org.greentrain.cli.study;

import java.util.Locale;
import org.greentrain.cli.common.AblationProgress;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.study.architecture.ArchitectureFormat;
import org.greentrain.study.architecture.ArchitectureListener;
import org.greentrain.study.architecture.CellProfile;
import org.greentrain.study.factorial.Cell;

/**
 * What {@code greentrain study architecture} tells the user while it works, on stderr: its trainings as
 * {@link AblationProgress} reports them, then one line per profiled cell. Nothing with {@code --quiet}.
 */
final class ArchitectureProgress extends AblationProgress implements ArchitectureListener {

    /** Reports architecture study {@code study} on {@code progress}, which the caller closes. */
    ArchitectureProgress(RunProgress progress, String study) {
        super(progress, "architecture study '" + study + "'");
    }

    @Override
    public void onProfilingStart(int alreadyDone, int total) {
        progress.close();
        if (alreadyDone < total) {
            progress.line(String.format(Locale.ROOT, "profiling energy per layer type: %d of %d cells already profiled",
                    alreadyDone, total));
        }
    }

    @Override
    public void onProfileStart(Cell cell, int done, int total) {
        progress.line(String.format(Locale.ROOT, "profile %d/%d  %s ...", done + 1, total, cell.label()));
    }

    @Override
    public void onProfiled(CellProfile profile, int done, int total) {
        progress.line(String.format(Locale.ROOT, "profile %d/%d  %s  %s over %d examples", done, total, profile.cell(),
                ArchitectureFormat.joules(profile.energyJoules()), profile.samples()));
    }
}
