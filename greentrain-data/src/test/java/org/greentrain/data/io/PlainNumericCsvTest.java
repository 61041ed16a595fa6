package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path must change nothing but speed: for every file, loading by path (fast path first) gives the same
 * dataset or the same error message as the general parser reading the same text.
 */
class PlainNumericCsvTest {

    private static final LoadOptions DEFAULTS = LoadOptions.defaults();
    private static final LoadOptions WITH_INDEX = LoadOptions.defaults().withIdColumn("index");

    @TempDir
    Path dir;

    /** The outcome of a load: the dataset, or the exception's message. */
    private record Outcome(Dataset data, String error) {
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static Outcome general(Path file, String text, LoadOptions options) {
        try {
            return new Outcome(CsvLoader.load(new StringReader(text), file.toString(), "data", options), null);
        } catch (DataInputException e) {
            return new Outcome(null, e.getMessage());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Outcome byPath(Path file, LoadOptions options) {
        try {
            return new Outcome(CsvLoader.load(file, options), null);
        } catch (DataInputException e) {
            return new Outcome(null, e.getMessage());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Loads {@code text} both ways, checks they agree, and returns whether the fast path took the file. */
    private boolean loadsAlike(String text, LoadOptions options) throws IOException {
        Path file = write(text);
        Outcome expected = general(file, text, options);
        Outcome actual = byPath(file, options);
        if (expected.error() != null) {
            assertThat(actual.error()).as(text).isEqualTo(expected.error());
        } else {
            assertThat(actual.error()).as(text).isNull();
            assertSameDataset(actual.data(), expected.data(), text);
        }
        return PlainNumericCsv.tryLoad(file, file.toString(), "data", options) != null;
    }

    private static void assertSameDataset(Dataset actual, Dataset expected, String text) {
        assertThat(actual.name()).as(text).isEqualTo(expected.name());
        assertThat(actual.rows()).as(text).isEqualTo(expected.rows());
        assertThat(actual.cols()).as(text).isEqualTo(expected.cols());
        assertThat(actual.featureNames()).as(text).isEqualTo(expected.featureNames());
        assertThat(actual.classNames()).as(text).isEqualTo(expected.classNames());
        assertThat(actual.labels()).as(text).isEqualTo(expected.labels());
        assertThat(actual.rowIds()).as(text).isEqualTo(expected.rowIds());
        assertThat(bits(actual.features())).as(text).isEqualTo(bits(expected.features()));
    }

    /** The raw bits of each value, so that -0 and 0 differ. */
    private static int[] bits(float[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Float.floatToRawIntBits(values[i]);
        }
        return out;
    }

    @Test
    void plainNumericFilesTakeTheFastPathAndLoadAsTheGeneralParserLoadsThem() throws IOException {
        List<String> plain = List.of(
                "a,b,class\n1,2.5,dog\n-3,4e2,cat\n0.5,  6 ,dog\n",
                "x,y\n1,10\n2,9\n3,2\n4,02\n5,-1\n",
                "a,class\r\n1,x\r\n2,y\r\n",
                "\n  \na,class\n\n1,x\n \t \n2,y\n\n",
                "a,class\n1,x\n2,y",
                "a,class\n\t1\t, x y \n",
                "a,b,class\n-0,+1.5,p\n1.,.5,q\n1e5,1E-5,p\n000123,12345678901234567890123,q\n"
                        + "3.4028235e38,1e-40,p\n16777217,0.1,q\n");
        for (String text : plain) {
            assertThat(loadsAlike(text, DEFAULTS)).as(text).isTrue();
        }
        assertThat(loadsAlike("index,a,class\n7,1,x\n,2,y\n0003,3,x\n", WITH_INDEX)).isTrue();
        assertThat(loadsAlike("class,a\nx,1\ny,2\n", DEFAULTS.withLabel(LabelColumn.byIndex(0)))).isTrue();
        assertThat(loadsAlike("a,class\n1,x\n2,z\n", DEFAULTS.withClassNames(List.of("z", "y", "x")))).isTrue();
    }

    @Test
    void everyOtherFileFallsBackAndGetsTheGeneralParsersResultOrMessage() throws IOException {
        List<String> other = List.of(
                "age,height,class\n30,1.8,a\n\n40,?,b\n",
                "age,height,class\n30,1.8,a\n40,NA,b\n",
                "age,height,class\n30,,a\n",
                "age,class\n30,a\n31,b\nabc,a\n32,b\n",
                "a,class\n1,x\ninf,y\n",
                "a,class\n1e39,x\n",
                "a,class\n1,x\n2f,y\n",
                "a,b,class\n1,2,x\n3,y\n",
                "a,b,class\n1,2,x\n3,4,y,5\n",
                "",
                "\n\n",
                "a,b,class\n",
                "a;b;class\n1;2;x\n",
                "a,a,class\n1,2,x\n",
                "a,,class\n1,2,x\n",
                "size,color,class\n1,red,x\n2,blue,y\n",
                "a,class\n1,x\n2,\n",
                "a,class\n1,x\n2,NaN\n",
                "a,note,class\n1,\"two\nlines\",x\nfoo,more,y\n",
                "a,class\n1,x\n\"2,y\n",
                "\"a\",class\n1,x\n",
                "\uFEFFclass,a\nx,1\n",
                "a,class\n1,caf\u00e9\n",
                "a,class\r1,x\r2,y\r",
                "a,class\n1,x\u000b\n",
                "a,class\n1\u000b,x\n");
        for (String text : other) {
            assertThat(loadsAlike(text, DEFAULTS)).as(text).isFalse();
        }
        assertThat(loadsAlike("size,color,class\n1,red,x\n2,blue,y\n",
                DEFAULTS.withCategorical(CategoricalPolicy.ONE_HOT))).isFalse();
        assertThat(loadsAlike("index,a,class\n-1,1,x\n", WITH_INDEX)).isFalse();
        assertThat(loadsAlike("index,a,class\n+5,1,x\n", WITH_INDEX)).isFalse();
        assertThat(loadsAlike("index,a,class\n1234567890123456789012,1,x\n", WITH_INDEX)).isFalse();
        assertThat(loadsAlike("a,class\n1,w\n", DEFAULTS.withClassNames(List.of("z", "y", "x")))).isFalse();
        assertThat(loadsAlike("a,class\n1,x\n", DEFAULTS.withLabel(LabelColumn.byName("label")))).isFalse();
    }

    @Test
    void linesLongerThanTheReadBufferAndManyDistinctLabelsLoad() throws IOException {
        StringBuilder wide = new StringBuilder();
        for (int j = 0; j < 12_000; j++) {
            wide.append("column").append(j).append(',');
        }
        wide.append("class\n");
        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < 12_000; j++) {
                wide.append(r * 0.25 + j).append(',');
            }
            wide.append("c").append(r).append('\n');
        }
        assertThat(loadsAlike(wide.toString(), DEFAULTS)).isTrue();

        StringBuilder labels = new StringBuilder("a,class\n");
        for (int r = 0; r < 5_000; r++) {
            labels.append(r).append(",label").append(r % 1_500).append('\n');
        }
        assertThat(loadsAlike(labels.toString(), DEFAULTS)).isTrue();
    }

    @Test
    void randomNumericTablesLoadAlike() throws IOException {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 40; trial++) {
            int cols = 1 + rng.nextInt(6);
            int rows = 1 + rng.nextInt(300);
            String newline = rng.nextBoolean() ? "\n" : "\r\n";
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < cols; j++) {
                text.append('f').append(j).append(',');
            }
            text.append("class").append(newline);
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < cols; j++) {
                    double v = rng.nextGaussian() * Math.pow(10, rng.nextInt(-8, 9));
                    String cell = switch (rng.nextInt(4)) {
                        case 0 -> Double.toString(v);
                        case 1 -> Float.toString((float) v);
                        case 2 -> String.format(Locale.ROOT, "%.5f", v);
                        default -> String.format(Locale.ROOT, "%.9e", v);
                    };
                    text.append(rng.nextInt(10) == 0 ? " " + cell + "\t" : cell).append(',');
                }
                text.append(rng.nextInt(4)).append(newline);
                if (rng.nextInt(50) == 0) {
                    text.append(newline);
                }
            }
            assertThat(loadsAlike(text.toString(), DEFAULTS)).isTrue();
        }
    }
}
