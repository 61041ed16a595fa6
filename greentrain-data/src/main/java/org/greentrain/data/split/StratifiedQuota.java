package org.greentrain.data.split;

/**
 * How many rows of each class go to the test part of a stratified split: proportional shares rounded by largest
 * remainder (ties to the larger class, then the lower label), then adjusted so that every class with at least two
 * rows has at least one row in each part, when other classes can give up a row for it.
 */
final class StratifiedQuota {

    private StratifiedQuota() {
    }

    /** Test rows per class; they sum to {@code testRows}. */
    static int[] of(int[] counts, int testRows) {
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        int classes = counts.length;
        int[] quota = new int[classes];
        double[] exact = new double[classes];
        int assigned = 0;
        for (int c = 0; c < classes; c++) {
            exact[c] = (double) counts[c] * testRows / total;
            quota[c] = (int) Math.floor(exact[c]);
            assigned += quota[c];
        }
        for (int left = testRows - assigned; left > 0; left--) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (quota[c] < counts[c] && (best < 0 || remainderFirst(c, best, quota, exact, counts))) {
                    best = c;
                }
            }
            quota[best]++;
        }
        ensureTestPresence(counts, quota, exact);
        ensureTrainPresence(counts, quota, exact);
        return quota;
    }

    /** True when class {@code a} should get the next rounded-up row before class {@code b}. */
    private static boolean remainderFirst(int a, int b, int[] quota, double[] exact, int[] counts) {
        double ra = exact[a] - quota[a];
        double rb = exact[b] - quota[b];
        if (ra != rb) {
            return ra > rb;
        }
        return counts[a] > counts[b];
    }

    /** Moves test rows to classes of two or more rows that have none, from the class most above its share. */
    private static void ensureTestPresence(int[] counts, int[] quota, double[] exact) {
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] >= 2 && quota[c] == 0) {
                int donor = -1;
                for (int d = 0; d < counts.length; d++) {
                    boolean canGive = counts[d] >= 2 ? quota[d] >= 2 : quota[d] == 1;
                    boolean furtherAboveShare = donor < 0 || quota[d] - exact[d] > quota[donor] - exact[donor];
                    if (d != c && canGive && furtherAboveShare) {
                        donor = d;
                    }
                }
                if (donor >= 0) {
                    quota[donor]--;
                    quota[c]++;
                }
            }
        }
    }

    /** Moves test rows away from classes of two or more rows that have none left for training. */
    private static void ensureTrainPresence(int[] counts, int[] quota, double[] exact) {
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] >= 2 && quota[c] == counts[c]) {
                int receiver = -1;
                for (int d = 0; d < counts.length; d++) {
                    boolean canTake = counts[d] >= 2 ? quota[d] + 1 <= counts[d] - 1 : quota[d] == 0 && counts[d] == 1;
                    boolean furtherBelowShare = receiver < 0
                            || quota[d] - exact[d] < quota[receiver] - exact[receiver];
                    if (d != c && canTake && furtherBelowShare) {
                        receiver = d;
                    }
                }
                if (receiver >= 0) {
                    quota[c]--;
                    quota[receiver]++;
                }
            }
        }
    }
}
