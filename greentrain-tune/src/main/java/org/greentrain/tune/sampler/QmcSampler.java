package org.greentrain.tune.sampler;

import java.util.SplittableRandom;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;

/**
 * Quasi-Monte Carlo sampling: trial number i gets point i of a low-discrepancy sequence, one coordinate per parameter
 * (in {@link org.greentrain.tune.space.SearchSpace#params()} order), decoded like uniform samples. Points fill
 * the space more evenly than random ones, so a few of them make a good initial design.
 *
 * <ul>
 *   <li>{@link Kind#SOBOL}: Sobol' points from the Joe–Kuo (2008) direction numbers, up to 20 dimensions; point i
 *   is the XOR of the direction numbers selected by the bits of i. Scrambling, when on, is a random digital shift (one
 *   random 32-bit XOR mask per dimension, from the seed), which keeps the net structure.</li>
 *   <li>{@link Kind#HALTON}: radical inverses in the first primes, any dimension up to 100; point i uses index i + 1.
 *   Scrambling, when on, applies one random permutation of the digits 1..b-1 per dimension (0 is kept, so the
 *   expansions stay finite).</li>
 * </ul>
 */
public final class QmcSampler implements Sampler {

    /** The sequence. */
    public enum Kind {
        SOBOL,
        HALTON
    }

    /** Joe–Kuo new-joe-kuo-6.21201 parameters for dimensions 2..20: degree s, coefficient a, initial m_1..m_s. */
    private static final int[][] JOE_KUO = {
        {1, 0, 1},
        {2, 1, 1, 3},
        {3, 1, 1, 3, 1},
        {3, 2, 1, 1, 1},
        {4, 1, 1, 1, 3, 3},
        {4, 4, 1, 3, 5, 13},
        {5, 2, 1, 1, 5, 5, 17},
        {5, 4, 1, 1, 5, 5, 5},
        {5, 7, 1, 1, 7, 11, 19},
        {5, 11, 1, 1, 5, 1, 1},
        {5, 13, 1, 1, 1, 3, 11},
        {5, 14, 1, 3, 5, 5, 31},
        {6, 1, 1, 3, 3, 9, 7, 49},
        {6, 13, 1, 1, 1, 15, 21, 21},
        {6, 16, 1, 3, 1, 13, 27, 49},
        {6, 19, 1, 1, 1, 15, 7, 5},
        {6, 22, 1, 3, 1, 15, 13, 25},
        {6, 25, 1, 1, 5, 5, 19, 61},
        {7, 1, 1, 3, 7, 11, 23, 15, 103},
    };

    /** The most dimensions the Sobol' sequence supports here. */
    public static final int SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;

    private static final int[] PRIMES = firstPrimes(100);
    private static final int BITS = 32;

    private final Kind kind;
    private final boolean scramble;
    private final long seed;

    public QmcSampler(Kind kind, boolean scramble, long seed) {
        this.kind = kind;
        this.scramble = scramble;
        this.seed = seed;
    }

    @Override
    public Params sample(SamplingContext context) {
        double[] u = point(context.trialNumber(), context.space().size());
        return context.space().fromUnit(u);
    }

    @Override
    public void checkSpace(SearchSpace space) {
        point(0, space.size());
    }

    /** Point {@code index} of the sequence in {@code dims} dimensions, in [0, 1)^dims. */
    public double[] point(long index, int dims) {
        if (index < 0) {
            throw new IllegalArgumentException("QMC index must be >= 0, got " + index);
        }
        return kind == Kind.SOBOL ? sobol(index, dims) : halton(index + 1, dims);
    }

    private double[] sobol(long index, int dims) {
        if (dims > SOBOL_MAX_DIMENSIONS) {
            throw new IllegalArgumentException("the Sobol' sampler supports up to " + SOBOL_MAX_DIMENSIONS
                    + " parameters, the space has " + dims + ": use halton");
        }
        if (index >= 1L << BITS) {
            throw new IllegalArgumentException("Sobol' index " + index + " exceeds 2^32");
        }
        SplittableRandom shift = new SplittableRandom(Seeds.mix(seed ^ 0x50B0L));
        double[] u = new double[dims];
        for (int j = 0; j < dims; j++) {
            int[] v = directions(j);
            int x = 0;
            long i = index;
            for (int k = 0; i != 0; k++, i >>>= 1) {
                if ((i & 1) != 0) {
                    x ^= v[k];
                }
            }
            int mask = shift.nextInt();
            if (scramble) {
                x ^= mask;
            }
            u[j] = (x & 0xFFFFFFFFL) / 4294967296.0;
        }
        return u;
    }

    /** Direction numbers V_1..V_32 of dimension {@code j} (0-based), as left-aligned 32-bit integers. */
    static int[] directions(int j) {
        int[] v = new int[BITS];
        if (j == 0) {
            for (int k = 0; k < BITS; k++) {
                v[k] = 1 << (BITS - 1 - k);
            }
            return v;
        }
        int[] p = JOE_KUO[j - 1];
        int s = p[0];
        int a = p[1];
        for (int k = 0; k < s; k++) {
            v[k] = p[2 + k] << (BITS - 1 - k);
        }
        for (int k = s; k < BITS; k++) {
            int x = v[k - s] ^ (v[k - s] >>> s);
            for (int i = 1; i < s; i++) {
                if (((a >>> (s - 1 - i)) & 1) != 0) {
                    x ^= v[k - i];
                }
            }
            v[k] = x;
        }
        return v;
    }

    private double[] halton(long index, int dims) {
        if (dims > PRIMES.length) {
            throw new IllegalArgumentException("the Halton sampler supports up to " + PRIMES.length + " parameters");
        }
        SplittableRandom rng = new SplittableRandom(Seeds.mix(seed ^ 0x4A17L));
        double[] u = new double[dims];
        for (int j = 0; j < dims; j++) {
            int b = PRIMES[j];
            int[] perm = new int[b];
            for (int k = 0; k < b; k++) {
                perm[k] = k;
            }
            for (int k = b - 1; k > 1; k--) {
                int r = 1 + rng.nextInt(k);
                int t = perm[k];
                perm[k] = perm[r];
                perm[r] = t;
            }
            double f = 1.0 / b;
            double x = 0;
            long i = index;
            while (i > 0) {
                int digit = (int) (i % b);
                x += f * (scramble ? perm[digit] : digit);
                i /= b;
                f /= b;
            }
            u[j] = x;
        }
        return u;
    }

    private static int[] firstPrimes(int count) {
        int[] out = new int[count];
        int found = 0;
        for (int c = 2; found < count; c++) {
            boolean prime = true;
            for (int k = 0; k < found && out[k] * out[k] <= c; k++) {
                if (c % out[k] == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                out[found++] = c;
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "(scramble=" + scramble + ",seed=" + seed + ")";
    }
}
