package org.greentrain.reduce.support;

/**
 * Orders positions by a double key without boxing: a stable merge sort, so equal keys keep ascending position order.
 * Reducers use it to rank rows by a score with ties broken by the smallest row index, deterministically.
 */
public final class IndexSort {

    private IndexSort() {
    }

    /** Positions {@code 0..keys.length-1} by descending key, ties by ascending position. */
    public static int[] descending(double[] keys) {
        return sort(keys, true);
    }

    /** Positions {@code 0..keys.length-1} by ascending key, ties by ascending position. */
    public static int[] ascending(double[] keys) {
        return sort(keys, false);
    }

    private static int[] sort(double[] keys, boolean descending) {
        int n = keys.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(a, b, lo, mid, hi, keys, descending);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(int[] src, int[] dst, int lo, int mid, int hi, double[] keys, boolean descending) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            double ki = keys[src[i]];
            double kj = keys[src[j]];
            boolean takeRight = descending ? kj > ki : kj < ki;
            dst[k++] = takeRight ? src[j++] : src[i++];
        }
        while (i < mid) {
            dst[k++] = src[i++];
        }
        while (j < hi) {
            dst[k++] = src[j++];
        }
    }
}
