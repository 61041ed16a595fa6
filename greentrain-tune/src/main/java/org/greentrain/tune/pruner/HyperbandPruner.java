package org.greentrain.tune.pruner;

/**
 * Hyperband (Li et al. 2018) run asynchronously: n = floor(log_eta(R / r)) + 1 brackets of successive halving, bracket
 * b using minimum early-stopping rate b (so bracket 0 prunes most aggressively and the last bracket barely at all).
 * Trials are assigned to brackets round robin by trial number (bracket = number mod n), which needs no shared state
 * and spreads brackets evenly over workers; a trial competes only with trials of its own bracket.
 */
public final class HyperbandPruner implements Pruner {

    private final long minResource;
    private final long maxResource;
    private final int reductionFactor;
    private final int brackets;

    /**
     * @param minResource     r, >= 1
     * @param maxResource     R, the last step a trial may reach, >= r
     * @param reductionFactor eta, >= 2
     */
    public HyperbandPruner(long minResource, long maxResource, int reductionFactor) {
        if (minResource < 1 || maxResource < minResource || reductionFactor < 2) {
            throw new IllegalArgumentException("hyperband needs 1 <= min resource <= max resource and reduction factor "
                    + ">= 2, got " + minResource + ", " + maxResource + ", " + reductionFactor);
        }
        this.minResource = minResource;
        this.maxResource = maxResource;
        this.reductionFactor = reductionFactor;
        this.brackets = (int) Math.floor(Math.log((double) maxResource / minResource) / Math.log(reductionFactor)
                + 1e-9) + 1;
    }

    /** The number of brackets. */
    public int brackets() {
        return brackets;
    }

    /** The bracket of a trial. */
    public int bracketOf(int trialNumber) {
        return Math.floorMod(trialNumber, brackets);
    }

    @Override
    public boolean shouldPrune(PruningContext context) {
        int bracket = bracketOf(context.trial().number());
        var halving = new SuccessiveHalvingPruner(minResource, reductionFactor, bracket,
                n -> bracketOf(n) == bracket);
        return halving.shouldPrune(context);
    }

    @Override
    public String describe() {
        return "hyperband(min-resource=" + minResource + ",max-resource=" + maxResource + ",eta=" + reductionFactor
                + ",brackets=" + brackets + ")";
    }
}
