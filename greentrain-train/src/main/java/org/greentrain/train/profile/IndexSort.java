package org.greentrain.train.profile;

/**
 * A stable merge sort of the indices {@code 0..n-1} under a comparator of two indices, on primitive arrays: no boxing,
 * O(n log n) time and one scratch array, so sorting a million trace events takes a fraction of a second.
 */
final class IndexSort {

    /** Compares the items at two indices, as {@link java.util.Comparator#compare}. */
    @FunctionalInterface
    interface IndexComparator {
        int compare(int a, int b);
    }

    private static final int INSERTION_LIMIT = 24;

    private IndexSort() {
    }

    /** The indices {@code 0..n-1} in ascending order of {@code order}; equal items keep their index order. */
    static int[] sorted(int n, IndexComparator order) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] scratch = new int[n];
        sort(a, scratch, 0, n, order);
        return a;
    }

    private static void sort(int[] a, int[] scratch, int from, int to, IndexComparator order) {
        if (to - from <= INSERTION_LIMIT) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && order.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, scratch, from, mid, order);
        sort(a, scratch, mid, to, order);
        if (order.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && order.compare(scratch[i], scratch[j]) <= 0)) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }
}
