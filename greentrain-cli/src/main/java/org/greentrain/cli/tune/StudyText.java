package org.greentrain.cli.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.TrialState;

/** The human-readable form of a study: its definition, a table of trials, and the best trial or the Pareto front. */
public final class StudyText {

    private static final int REASON_WIDTH = 60;

    private StudyText() {
    }

    /** The definition lines, the trials table and the best trial or front, each line ending with a newline. */
    public static String render(StudyView view) {
        StringBuilder out = new StringBuilder();
        out.append(header(view));
        out.append('\n').append(trials(view)).append('\n');
        out.append(best(view));
        out.append(String.format(Locale.ROOT, "energy     %s spent by %d trial(s)%n", Units.joules(view.spentJoules()),
                view.trials().stream().filter(t -> t.energy() != null).count()));
        return out.toString();
    }

    /** Where the study lives and what it optimises. */
    public static String header(StudyView view) {
        StringBuilder out = new StringBuilder();
        out.append("study      ").append(view.name()).append(" (").append(view.storage()).append(")\n");
        String objective = view.attrs().get(StudyView.OBJECTIVE_ATTR);
        if (objective != null) {
            out.append("objective  ").append(objective).append('\n');
        }
        out.append("space      ").append(view.space()).append('\n');
        out.append("goals      ").append(Goal.canonical(view.goals())).append('\n');
        out.append("sampler    ").append(view.samplerDescription());
        String pruner = view.attrs().get(StudyView.PRUNER_ATTR);
        if (pruner != null && !pruner.equals("none")) {
            out.append(", pruner ").append(pruner);
        }
        return out.append('\n').toString();
    }

    /** One row per trial: number, parameters, value(s), joules, provenance and state (with a failure's reason). */
    public static String trials(StudyView view) {
        List<String> headers = new ArrayList<>(List.of(" #", "params"));
        for (Goal g : view.goals()) {
            headers.add(" " + g.name());
        }
        headers.addAll(List.of(" energy J", "provenance", "state"));
        TextTable table = new TextTable(headers.toArray(new String[0]));
        for (FrozenTrial t : view.trials()) {
            List<Object> row = new ArrayList<>(List.of(t.number(), params(t)));
            for (int i = 0; i < view.goals().size(); i++) {
                row.add(i < t.values().length ? number(t.value(i)) : "");
            }
            row.add(t.energy() == null ? "" : String.format(Locale.ROOT, "%.2f", t.energy().joules()));
            row.add(t.energy() == null ? "" : t.energy().provenance());
            row.add(state(t));
            table.row(row.toArray());
        }
        return table.render();
    }

    /** The best trial, or the Pareto front with its hypervolume. */
    public static String best(StudyView view) {
        if (!view.multiObjective()) {
            return view.best().map(t -> "best       trial " + t.number() + ": " + view.goals().get(0).name() + " "
                    + number(t.value(0)) + " with " + params(t) + "\n").orElse("best       none: no trial completed\n");
        }
        List<FrozenTrial> front = view.front();
        if (front.isEmpty()) {
            return "pareto     none: no trial completed\n";
        }
        StringBuilder out = new StringBuilder("pareto     " + front.size() + " trial(s)");
        view.hypervolume().ifPresent(h -> out.append(", hypervolume ").append(number(h)));
        out.append('\n');
        for (FrozenTrial t : front) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < view.goals().size(); i++) {
                values.add(view.goals().get(i).name() + " " + number(t.value(i)));
            }
            out.append("           trial ").append(t.number()).append(": ").append(String.join(", ", values))
                    .append(" with ").append(params(t)).append('\n');
        }
        return out.toString();
    }

    /** Parameters as {@code name=value} pairs, numbers to 4 significant digits. */
    public static String params(FrozenTrial t) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : t.params().asMap().entrySet()) {
            Object v = e.getValue();
            parts.add(e.getKey() + "=" + (v instanceof Double ? String.format(Locale.ROOT, "%.4g", (Double) v) : v));
        }
        return String.join(" ", parts);
    }

    /** A value to 6 significant digits. */
    public static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String state(FrozenTrial t) {
        if (t.state() != TrialState.FAIL || t.failReason().isEmpty()) {
            return t.state().name();
        }
        String reason = t.failReason().get();
        return "FAIL: " + (reason.length() > REASON_WIDTH ? reason.substring(0, REASON_WIDTH - 3) + "..." : reason);
    }
}
