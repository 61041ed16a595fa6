package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiDecimalTest {

    private static float parse(String text) {
        byte[] bytes = ("##" + text + "##").getBytes(StandardCharsets.US_ASCII);
        return AsciiDecimal.parseFloat(bytes, 2, bytes.length - 2);
    }

    /** The texts among {@code texts} that are not decimals or read differently from {@link Float#parseFloat}. */
    private static List<String> disagreements(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            if (!Cells.isDecimal(text)
                    || Float.floatToRawIntBits(parse(text)) != Float.floatToRawIntBits(Float.parseFloat(text))) {
                out.add(text);
            }
        }
        return out;
    }

    private static void assertSameAsJdk(String... texts) {
        assertThat(disagreements(List.of(texts))).isEmpty();
    }

    @Test
    void randomDecimalsReadAsFloatParseFloatReadsThem() {
        SplittableRandom rng = new SplittableRandom(20240601);
        List<String> texts = new ArrayList<>();
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder s = new StringBuilder();
            int sign = rng.nextInt(3);
            s.append(sign == 0 ? "" : sign == 1 ? "-" : "+");
            int whole = rng.nextInt(trial % 7 == 0 ? 22 : 9);
            int fraction = rng.nextInt(trial % 5 == 0 ? 22 : 9);
            if (whole + fraction == 0) {
                whole = 1;
            }
            for (int i = 0; i < whole; i++) {
                s.append((char) ('0' + rng.nextInt(10)));
            }
            if (fraction > 0 || rng.nextInt(4) == 0) {
                s.append('.');
            }
            for (int i = 0; i < fraction; i++) {
                s.append((char) ('0' + rng.nextInt(10)));
            }
            if (rng.nextInt(3) == 0) {
                s.append(rng.nextBoolean() ? 'e' : 'E');
                int exponentSign = rng.nextInt(3);
                s.append(exponentSign == 0 ? "" : exponentSign == 1 ? "-" : "+");
                s.append(rng.nextInt(trial % 3 == 0 ? 60 : 25));
            }
            texts.add(s.toString());
        }
        assertThat(disagreements(texts)).isEmpty();
    }

    @Test
    void printedFloatsAndDoublesReadBackExactly() {
        SplittableRandom rng = new SplittableRandom(7);
        List<String> texts = new ArrayList<>();
        for (int trial = 0; trial < 100_000; trial++) {
            float f = Float.intBitsToFloat(rng.nextInt());
            if (!Float.isNaN(f) && !Float.isInfinite(f)) {
                texts.add(Float.toString(f).replace("E", "e"));
            }
            texts.add(Double.toString(rng.nextGaussian() * Math.pow(10, rng.nextInt(-30, 30))));
            texts.add(String.format(java.util.Locale.ROOT, "%.5f", rng.nextGaussian() * 10));
        }
        assertThat(disagreements(texts)).isEmpty();
    }

    @Test
    void valuesHalfwayBetweenTwoFloatsRoundToEven() {
        // 2^24 + 1 lies halfway between 2^24 and 2^24 + 2; so does every exact midpoint written in full
        assertSameAsJdk("16777217", "16777219", "-33554434");
        SplittableRandom rng = new SplittableRandom(3);
        List<String> texts = new ArrayList<>();
        for (int trial = 0; trial < 2_000; trial++) {
            float f = Math.abs(Float.intBitsToFloat(rng.nextInt(0x7f000000)));
            double midpoint = ((double) f + (double) Math.nextUp(f)) / 2;
            texts.add(new BigDecimal(midpoint).toPlainString());
            texts.add(new BigDecimal(midpoint).toString().replace("E", "e"));
        }
        assertThat(disagreements(texts)).isEmpty();
    }

    @Test
    void signsZerosAndRangeLimitsMatch() {
        assertSameAsJdk("0", "-0", "+0", "-0.000", "0e99", "1.", ".5", "-.5e1", "000123.4500", "3.4028235e38",
                "3.4028236e38", "1e39", "-1e39", "1.4e-45", "1e-46", "1e-40", "7e-39", "123456789012345678901234567890",
                "0.000000000000000000000000000001", "1e100000000000");
        assertThat(parse("1e39")).isInfinite();
        assertThat(Float.floatToRawIntBits(parse("-0"))).isEqualTo(Float.floatToRawIntBits(-0f));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "+.", "e5", "1e", "1e+", "1.2.3", "--1", "1f", "1d", "0x10", "inf",
            "NaN", "1 2", "1,2", "1e5.0", " 1", "1 "})
    void textThatIsNotADecimalIsRecognised(String text) {
        assertThat(Cells.isDecimal(text)).isFalse();
        assertThat(parse(text)).isNaN();
    }
}
