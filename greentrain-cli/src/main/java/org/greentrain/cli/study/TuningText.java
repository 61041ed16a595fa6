package org.greentrain.cli.study;

import java.util.Locale;
import java.util.OptionalInt;
import org.greentrain.cli.common.TextTable;
import org.greentrain.study.tuning.Saving;
import org.greentrain.study.tuning.SearchTrace;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.StrategySummary;
import org.greentrain.study.tuning.TuningAnalysis;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningFormat;
import org.greentrain.study.tuning.TuningReport;
import org.greentrain.study.tuning.TuningResult;

/**
 * The human-readable result of {@code greentrain study tuning}: what was run, the comparison per strategy (medians
 * over searches), the savings against random and grid, each search, the highlights, and how to get the report.
 */
final class TuningText {

    private TuningText() {
    }

    static String render(TuningResult r, String reportCommand) {
        TuningAnalysis a = r.analysis();
        TuningDesign d = a.design();
        StringBuilder out = new StringBuilder();
        TextTable header = new TextTable("tuning study", "")
                .row("study", r.studyName() + " in " + r.storage())
                .row("data", r.data())
                .row("design", String.format(Locale.ROOT, "%s; space %s; %d round(s) x %d repeat(s) x %d search(es); "
                        + "Adam, batch %d, %d epoch(s)", d.model(), d.space(), d.rounds(), d.repeats(), d.searches(),
                        d.batch(), d.epochs()))
                .row("rounds", String.format(Locale.ROOT, "%d of %d finished (%d before this command, %d now)",
                        r.alreadyDone() + r.ranNow(), d.totalRounds(), r.alreadyDone(), r.ranNow()))
                .row("target", String.format(Locale.ROOT, "%s x best %s = %s", d.targetFraction(),
                        TuningFormat.accuracy(a.bestAccuracy()), TuningFormat.accuracy(a.target())));
        if (d.strategies().contains(Strategy.BO_ASHA)) {
            header.row("bo-asha", d.pruner(Strategy.BO_ASHA).describe() + ", rungs over epochs");
        }
        out.append(header.render());
        out.append('\n').append("Per strategy (medians over searches; energy to X = joules of the rounds up to the "
                + "one reaching X; quiet = rounds with at least " + TuningFormat.percent(TuningAnalysis.QUIET_SHARE)
                + " of the CPU time)\n");
        TextTable strategies = new TextTable("strategy", " searches", " best", " final best", " optimum round",
                " energy to optimum", " reached target", " rounds to target", " energy to target", " J per round",
                " CV", " quiet J per round", " CV", " pruned");
        for (StrategySummary s : a.summaries()) {
            strategies.row(s.strategy().id(), s.searches(), TuningFormat.accuracy(s.bestAccuracy()),
                    TuningFormat.accuracy(s.medianFinalBest()), TuningFormat.round(s.medianOptimumRound()),
                    TuningFormat.joules(s.medianJoulesToOptimum()), s.reachedTarget() + "/" + s.searches(),
                    TuningFormat.round(s.medianRoundsToTarget()), TuningFormat.joules(s.medianJoulesToTarget()),
                    TuningFormat.joules(s.perRound().meanJoules()), TuningFormat.percent(s.perRound().cv()),
                    TuningFormat.joules(s.perQuietRound().meanJoules()), TuningFormat.percent(s.perQuietRound().cv()),
                    s.prunedRounds());
        }
        out.append(strategies.render());
        if (!a.savings().isEmpty()) {
            out.append('\n').append("Energy saved to reach the target (≥: a lower bound, as half of the baseline's "
                    + "searches or more did not reach it; each of those counts its whole energy)\n");
            TextTable savings = new TextTable("strategy", "against", " saved");
            for (Saving s : a.savings()) {
                savings.row(s.strategy().id(), s.baseline().id(), TuningFormat.saving(s));
            }
            out.append(savings.render());
        }
        out.append('\n').append("Per search\n");
        TextTable searches = new TextTable("strategy", " search", " seed", " rounds", " final best", " optimum round",
                " target round", " energy");
        for (SearchTrace t : a.traces()) {
            searches.row(t.strategy().id(), t.search(), t.seed(), t.rounds().size(),
                    TuningFormat.accuracy(t.finalBest()), text(t.optimumRound(d.optimumTolerance())),
                    text(Double.isNaN(a.target()) ? OptionalInt.empty() : t.firstRoundReaching(a.target())),
                    TuningFormat.joules(t.totalJoules()));
        }
        out.append(searches.render()).append('\n');
        TuningReport.highlights(a).forEach(h -> out.append("* ").append(h).append('\n'));
        out.append('\n').append("report: ").append(reportCommand).append('\n');
        return out.toString();
    }

    private static String text(OptionalInt round) {
        return round.isPresent() ? Integer.toString(round.getAsInt()) : "—";
    }
}
