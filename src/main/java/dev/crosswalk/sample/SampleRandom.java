package dev.crosswalk.sample;

import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Randomness addressed by (seed, person, purpose): any value of any person can be recomputed on its own, so
 * files of any size are written in one pass with nothing remembered, and the same seed gives the same bytes.
 */
final class SampleRandom {

    private static final BigInteger MULTIPLIER = BigInteger.valueOf(0x2545F4914F6CDD1DL);
    private static final BigInteger OFFSET = BigInteger.valueOf(0x1B873593L * 0x5BD1E995L);
    private static final BigInteger[] MODULI = new BigInteger[13];

    static {
        for (int i = 0; i < MODULI.length; i++) {
            MODULI[i] = BigInteger.valueOf(36).pow(i);
        }
    }

    private SampleRandom() {
    }

    static SplittableRandom of(long seed, long index, long purpose) {
        return new SplittableRandom(mix(mix(seed ^ 0x5DEECE66DL) ^ index * 0x9E3779B97F4A7C15L ^ purpose));
    }

    /** A uniform value in [0, 1) for one decision about one person. */
    static double uniform(long seed, long index, long purpose) {
        return (mix(mix(seed + purpose * 0xBF58476D1CE4E5B9L) ^ index) >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser: a bijection on longs that scatters neighbouring inputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A unique upper-case base-36 code of {@code length} (at most 12) characters for {@code key}: an affine map
     * with a multiplier prime to 36 is a bijection modulo 36^length, so distinct keys below 36^length give
     * distinct codes, and neighbouring keys look unrelated.
     */
    static String code(long key, int length) {
        BigInteger modulus = MODULI[length];
        long value = BigInteger.valueOf(key).multiply(MULTIPLIER).add(OFFSET).mod(modulus).longValueExact();
        char[] out = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            out[i] = Character.toUpperCase(Character.forDigit((int) (value % 36), 36));
            value /= 36;
        }
        return new String(out);
    }
}
