package org.greentrain.reduce.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Persistent homology over Z/2 of the Vietoris–Rips filtration of a finite metric space, in dimensions 0 to 2.
 *
 * <p>Method, as in Ripser: dimension 0 by union–find over the edges in filtration order (finite bars die at the
 * minimum-spanning-tree edges); dimensions 1 and 2 by reducing the coboundary matrix (persistent cohomology gives the
 * same barcode as homology) with clearing: a simplex that killed a class one dimension lower is skipped. Cofacets are
 * generated on the fly from the combinatorial number system, so tetrahedra are never stored. The filtration is
 * truncated at the enclosing radius {@code min_i max_j d(i, j)}: there the complex is a cone, so every class of
 * dimension ≥ 1 is dead and the barcode is the same as without truncation.
 *
 * <p>Simplices are ordered by diameter, then by combinatorial index, a total order compatible with faces. Bars of
 * length zero are dropped. The work grows like the number of (k+1)-simplices, so inputs whose top dimension would need
 * more than {@link #SIMPLEX_LIMIT} simplices, or more than {@link #MAX_POINTS} points, are refused with a clear message
 * instead of running for hours.
 */
public final class VietorisRips {

    /** Upper bound on the simplices of one dimension that a computation may enumerate. */
    public static final long SIMPLEX_LIMIT = 20_000_000L;

    /** Highest homology dimension supported. */
    public static final int MAX_DIMENSION = 2;

    /** Most points accepted: the distance matrix is dense. */
    public static final int MAX_POINTS = 4000;

    private VietorisRips() {
    }

    /**
     * An upper bound on the steps of a computation up to {@code maxDimension} on {@code count} points, for callers that
     * run many of them and must know the total before they start: the edges for dimension 0 (union–find); for
     * dimension k ≥ 1 the k-simplices, each a column whose cofacets are scanned over the points. The truncation at the
     * enclosing radius and the apparent pairs make most computations much cheaper than this bound.
     */
    public static double stepBound(int count, int maxDimension) {
        double columns = binomial(count, Math.max(1, maxDimension) + 1);
        return maxDimension == 0 ? columns : columns * count;
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 0; i < k; i++) {
            r = r * (n - i) / (i + 1);
        }
        return n < k ? 0 : r;
    }

    /** The barcode up to {@code maxDimension} of {@code count} points given row-major, with Euclidean distances. */
    public static Barcode ofPoints(double[] coordinates, int count, int dims, int maxDimension) {
        if ((long) count * dims != coordinates.length) {
            throw new IllegalArgumentException(coordinates.length + " coordinates for " + count + " points of " + dims
                    + " dimensions");
        }
        checkSize(count);
        double[] d = new double[count * count];
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                double s = 0;
                for (int c = 0; c < dims; c++) {
                    double t = coordinates[i * dims + c] - coordinates[j * dims + c];
                    s += t * t;
                }
                d[i * count + j] = Math.sqrt(s);
                d[j * count + i] = d[i * count + j];
            }
        }
        return of(d, count, maxDimension);
    }

    /**
     * The barcode up to {@code maxDimension} of {@code count} points with the symmetric distance matrix
     * {@code distances} (row-major, zero diagonal).
     *
     * @throws IllegalArgumentException for a bad dimension, a malformed matrix, or an input too large to compute
     */
    public static Barcode of(double[] distances, int count, int maxDimension) {
        if (maxDimension < 0 || maxDimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("homology dimension must be in [0, " + MAX_DIMENSION + "], got "
                    + maxDimension);
        }
        if ((long) count * count != distances.length) {
            throw new IllegalArgumentException(distances.length + " distances for " + count + " points");
        }
        checkSize(count);
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < count; j++) {
                double v = distances[i * count + j];
                if (!(v >= 0) || Double.isInfinite(v) || v != distances[j * count + i] || (i == j && v != 0)) {
                    throw new IllegalArgumentException("distances must be finite, non-negative, symmetric with a zero "
                            + "diagonal; entry (" + i + ", " + j + ") is " + v);
                }
            }
        }
        if (count == 0) {
            return new Barcode(maxDimension, List.of());
        }
        return new Filtration(distances, count, maxDimension).barcode();
    }

    private static void checkSize(int count) {
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("Vietoris-Rips persistence takes at most " + MAX_POINTS
                    + " points (a dense distance matrix), got " + count);
        }
    }

    /** One computation. */
    private static final class Filtration {
        private final double[] dist;
        private final int m;
        private final int maxDimension;
        private final int[] rank;
        private final double[] values;
        private final long[][] binomial;
        private final List<PersistenceInterval> bars = new ArrayList<>();
        private final long[] lowPart = new long[MAX_DIMENSION + 2];
        private final long[] highPart = new long[MAX_DIMENSION + 2];

        Filtration(double[] dist, int m, int maxDimension) {
            this.dist = dist;
            this.m = m;
            this.maxDimension = maxDimension;
            double threshold = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double far = 0;
                for (int j = 0; j < m; j++) {
                    far = Math.max(far, dist[i * m + j]);
                }
                threshold = Math.min(threshold, far);
            }
            double[] lengths = new double[m * (m - 1) / 2];
            int e = 0;
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    if (dist[i * m + j] <= threshold) {
                        lengths[e++] = dist[i * m + j];
                    }
                }
            }
            values = Arrays.stream(lengths, 0, e).sorted().distinct().toArray();
            rank = new int[m * m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    rank[i * m + j] = i == j ? 0 : dist[i * m + j] <= threshold
                            ? Arrays.binarySearch(values, dist[i * m + j]) : -1;
                }
            }
            binomial = new long[m + 1][maxDimension + 3];
            for (int n = 0; n <= m; n++) {
                binomial[n][0] = 1;
                for (int k = 1; k < binomial[n].length; k++) {
                    binomial[n][k] = n == 0 ? 0 : binomial[n - 1][k - 1] + binomial[n - 1][k];
                }
            }
            double keySpace = (double) Math.max(1, values.length) * binomial[m][maxDimension + 2];
            if (keySpace >= Long.MAX_VALUE) {
                throw new IllegalArgumentException(m + " points are too many for Vietoris-Rips persistence up to "
                        + "dimension " + maxDimension);
            }
        }

        Barcode barcode() {
            long[] cleared = zeroDimension(simplices(1, new long[0]));
            for (int k = 1; k <= maxDimension; k++) {
                cleared = reduce(k, simplices(k, cleared));
            }
            bars.sort((x, y) -> x.dimension() != y.dimension() ? Integer.compare(x.dimension(), y.dimension())
                    : Double.compare(x.birth(), y.birth()));
            return new Barcode(maxDimension, bars);
        }

        /** H0 by union–find; returns the keys of the edges that merged components (sorted). */
        private long[] zeroDimension(long[] edges) {
            long[] sorted = edges.clone();
            Arrays.sort(sorted);
            int[] parent = new int[m];
            for (int i = 0; i < m; i++) {
                parent[i] = i;
            }
            long[] deaths = new long[m];
            int n = 0;
            int[] v = new int[2];
            for (long key : sorted) {
                vertices(key, 1, v);
                int a = find(parent, v[0]);
                int b = find(parent, v[1]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                    deaths[n++] = key;
                    double death = values[(int) (key / stride(1))];
                    if (death > 0) {
                        bars.add(new PersistenceInterval(0, 0, death));
                    }
                }
            }
            bars.add(new PersistenceInterval(0, 0, Double.POSITIVE_INFINITY));
            long[] out = Arrays.copyOf(deaths, n);
            Arrays.sort(out);
            return out;
        }

        /**
         * Reduces the coboundary columns of the dimension-{@code k} simplices {@code columns} (clearing already
         * applied), in reverse filtration order; returns the sorted keys of the (k+1)-simplices that killed a class.
         * A column whose smallest cofacet is not yet a pivot is already reduced: it is paired at once from an O(m)
         * scan, and its full coboundary is only built if a later column collides with it.
         */
        private long[] reduce(int k, long[] columns) {
            long[] order = columns.clone();
            Arrays.sort(order);
            LongIntMap owner = new LongIntMap(Math.max(16, order.length));
            List<long[]> reduced = new ArrayList<>();
            long[] source = new long[order.length];
            long[] pivots = new long[order.length];
            int pivotCount = 0;
            int[] sigma = new int[k + 1];
            for (int c = order.length - 1; c >= 0; c--) {
                long key = order[c];
                int r = (int) (key / stride(k));
                vertices(key, k, sigma);
                long pivot = smallestCofacet(sigma, k, r);
                long[] column = null;
                if (owner.get(pivot) >= 0) {
                    column = coboundary(sigma, k, r);
                    while (column.length > 0) {
                        int o = owner.get(column[0]);
                        if (o < 0) {
                            break;
                        }
                        long[] other = reduced.get(o);
                        if (other == null) {
                            vertices(source[o], k, sigma);
                            other = coboundary(sigma, k, (int) (source[o] / stride(k)));
                            reduced.set(o, other);
                        }
                        column = symmetricDifference(column, other);
                    }
                    if (column.length == 0) {
                        throw new IllegalStateException("an essential class in dimension " + k + " contradicts the "
                                + "cone at the enclosing radius");
                    }
                    pivot = column[0];
                }
                owner.put(pivot, reduced.size());
                source[reduced.size()] = key;
                reduced.add(column);
                pivots[pivotCount++] = pivot;
                double birth = values[r];
                double death = values[(int) (pivot / stride(k + 1))];
                if (death > birth) {
                    bars.add(new PersistenceInterval(k, birth, death));
                }
            }
            long[] out = Arrays.copyOf(pivots, pivotCount);
            Arrays.sort(out);
            return out;
        }

        /**
         * The smallest key among the cofacets of {@code sigma} within the threshold ({@code Long.MAX_VALUE} if none).
         * The combinatorial index of {@code sigma ∪ {w}} grows with w, so the first cofacet with sigma's own diameter
         * (the smallest possible) is the answer and the scan stops there.
         */
        private long smallestCofacet(int[] sigma, int k, int r) {
            long best = Long.MAX_VALUE;
            long sameDiameterBelow = (r + 1) * stride(k + 1);
            prepareCofacets(sigma, k);
            int below = 0;
            for (int w = 0; w < m; w++) {
                if (below <= k && sigma[below] == w) {
                    below++;
                    continue;
                }
                long key = cofacetKey(sigma, k, r, w, below);
                if (key >= 0 && key < best) {
                    best = key;
                    if (key < sameDiameterBelow) {
                        break;
                    }
                }
            }
            return best;
        }

        /** Keys of the cofacets of {@code sigma} (a k-simplex of diameter rank {@code r}) within the threshold. */
        private long[] coboundary(int[] sigma, int k, int r) {
            long[] out = new long[m];
            int n = 0;
            prepareCofacets(sigma, k);
            int below = 0;
            for (int w = 0; w < m; w++) {
                if (below <= k && sigma[below] == w) {
                    below++;
                    continue;
                }
                long key = cofacetKey(sigma, k, r, w, below);
                if (key >= 0) {
                    out[n++] = key;
                }
            }
            long[] column = Arrays.copyOf(out, n);
            Arrays.sort(column);
            return column;
        }

        /**
         * Splits the combinatorial index of {@code sigma ∪ {w}} into the part of the vertices below w, which keep
         * their positions, and the part above, which move up by one: {@code lowPart[j]} and {@code highPart[j]} for
         * {@code j} vertices of sigma below w.
         */
        private void prepareCofacets(int[] sigma, int k) {
            lowPart[0] = 0;
            for (int j = 0; j <= k; j++) {
                lowPart[j + 1] = lowPart[j] + binomial[sigma[j]][j + 1];
            }
            highPart[k + 1] = 0;
            for (int j = k; j >= 0; j--) {
                highPart[j] = highPart[j + 1] + binomial[sigma[j]][j + 2];
            }
        }

        /**
         * The key of {@code sigma ∪ {w}} ({@code below} vertices of sigma are smaller than w), or -1 when an edge to w
         * exceeds the threshold. Needs {@link #prepareCofacets} for this sigma.
         */
        private long cofacetKey(int[] sigma, int k, int r, int w, int below) {
            int diameter = r;
            for (int s : sigma) {
                int rk = rank[s * m + w];
                if (rk < 0) {
                    return -1;
                }
                diameter = Math.max(diameter, rk);
            }
            return diameter * stride(k + 1) + lowPart[below] + binomial[w][below + 1] + highPart[below];
        }

        /** Keys of every k-simplex within the threshold that is not in {@code cleared} (sorted keys). */
        private long[] simplices(int k, long[] cleared) {
            long bound = binomial[m][k + 1];
            if (bound > SIMPLEX_LIMIT) {
                long count = countSimplices(k);
                if (count > SIMPLEX_LIMIT) {
                    throw new IllegalArgumentException("Vietoris-Rips persistence up to dimension " + maxDimension
                            + " of " + m + " points needs " + count + " simplices of dimension " + k
                            + ", more than the limit of " + SIMPLEX_LIMIT + "; use fewer points");
                }
            }
            long[] out = new long[(int) Math.min(bound, SIMPLEX_LIMIT)];
            int n = 0;
            int[] v = new int[k + 1];
            if (k == 1) {
                for (int j = 1; j < m; j++) {
                    for (int i = 0; i < j; i++) {
                        if (rank[i * m + j] >= 0) {
                            v[0] = i;
                            v[1] = j;
                            n = keep(out, n, key(v, rank[i * m + j], k), cleared);
                        }
                    }
                }
            } else {
                for (int c = 2; c < m; c++) {
                    for (int b = 1; b < c; b++) {
                        if (rank[b * m + c] < 0) {
                            continue;
                        }
                        for (int a = 0; a < b; a++) {
                            if (rank[a * m + b] >= 0 && rank[a * m + c] >= 0) {
                                v[0] = a;
                                v[1] = b;
                                v[2] = c;
                                int r = Math.max(rank[b * m + c], Math.max(rank[a * m + b], rank[a * m + c]));
                                n = keep(out, n, key(v, r, k), cleared);
                            }
                        }
                    }
                }
            }
            return Arrays.copyOf(out, n);
        }

        private static int keep(long[] out, int n, long key, long[] cleared) {
            if (Arrays.binarySearch(cleared, key) < 0) {
                out[n++] = key;
            }
            return n;
        }

        private long countSimplices(int k) {
            long count = 0;
            for (int c = 0; c < m; c++) {
                for (int b = 0; b < c; b++) {
                    if (rank[b * m + c] < 0) {
                        continue;
                    }
                    if (k == 1) {
                        count++;
                        continue;
                    }
                    for (int a = 0; a < b; a++) {
                        if (rank[a * m + b] >= 0 && rank[a * m + c] >= 0) {
                            count++;
                        }
                    }
                }
            }
            return count;
        }

        private long key(int[] sortedVertices, int diameterRank, int k) {
            return diameterRank * stride(k) + combinatorialIndex(sortedVertices);
        }

        /** Number of possible combinatorial indices of k-simplices: C(m, k+1). */
        private long stride(int k) {
            return binomial[m][k + 1];
        }

        private long combinatorialIndex(int[] sortedVertices) {
            long index = 0;
            for (int i = 0; i < sortedVertices.length; i++) {
                index += binomial[sortedVertices[i]][i + 1];
            }
            return index;
        }

        /** The vertices, ascending, of the k-simplex with {@code key}. */
        private void vertices(long key, int k, int[] out) {
            long index = key % stride(k);
            int top = m - 1;
            for (int i = k; i >= 0; i--) {
                while (binomial[top][i + 1] > index) {
                    top--;
                }
                out[i] = top;
                index -= binomial[top][i + 1];
                top--;
            }
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private static long[] symmetricDifference(long[] a, long[] b) {
            long[] out = new long[a.length + b.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < a.length && j < b.length) {
                if (a[i] < b[j]) {
                    out[n++] = a[i++];
                } else if (b[j] < a[i]) {
                    out[n++] = b[j++];
                } else {
                    i++;
                    j++;
                }
            }
            while (i < a.length) {
                out[n++] = a[i++];
            }
            while (j < b.length) {
                out[n++] = b[j++];
            }
            return Arrays.copyOf(out, n);
        }
    }
}
