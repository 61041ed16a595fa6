package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLoaderTest {

    @TempDir
    Path dir;

    private static Dataset load(String csv, LoadOptions options) throws IOException {
        return CsvLoader.load(new StringReader(csv), "data.csv", "data", options);
    }

    private static Dataset load(String csv) throws IOException {
        return load(csv, LoadOptions.defaults());
    }

    private static String errorOf(String csv, LoadOptions options) {
        return assertThatThrownBy(() -> load(csv, options)).isInstanceOf(DataInputException.class)
                .extracting(Throwable::getMessage).asString().actual();
    }

    private static String errorOf(String csv) {
        return errorOf(csv, LoadOptions.defaults());
    }

    @Test
    void readsNumericFeaturesAndTextLabelsInSortedClassOrder() throws IOException {
        Dataset d = load("a,b,class\n1,2.5,dog\n-3,4e2,cat\n0.5,  6 ,dog\n");

        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.cols()).isEqualTo(2);
        assertThat(d.featureNames()).containsExactly("a", "b");
        assertThat(d.features()).containsExactly(1f, 2.5f, -3f, 400f, 0.5f, 6f);
        assertThat(d.classNames()).containsExactly("cat", "dog");
        assertThat(d.labels()).containsExactly(1, 0, 1);
        assertThat(d.rowIds()).isNull();
        assertThat(d.rowId(2)).isEqualTo(2);
        assertThat(d.name()).isEqualTo("data");
    }

    @Test
    void integerLabelsAreSortedNumericallyAndEqualNumbersAreOneClass() throws IOException {
        Dataset d = load("x,y\n1,10\n2,9\n3,2\n4,02\n5,-1\n");

        assertThat(d.classNames()).containsExactly("-1", "2", "9", "10");
        assertThat(d.labels()).containsExactly(3, 2, 1, 1, 0);
    }

    @Test
    void mixedTextAndNumberLabelsAreSortedAsText() throws IOException {
        Dataset d = load("x,y\n1,10\n2,9\n3,b\n");

        assertThat(d.classNames()).containsExactly("10", "9", "b");
    }

    @Test
    void labelColumnByNameOrIndex() throws IOException {
        String csv = "class,a,b\nx,1,2\ny,3,4\n";

        Dataset byName = load(csv, LoadOptions.defaults().withLabel(LabelColumn.byName("class")));
        Dataset byIndex = load(csv, LoadOptions.defaults().withLabel(LabelColumn.byIndex(0)));

        assertThat(byName.featureNames()).containsExactly("a", "b");
        assertThat(byName.features()).containsExactly(1f, 2f, 3f, 4f);
        assertThat(byName.classNames()).containsExactly("x", "y");
        assertThat(byIndex).isEqualTo(byName);
    }

    @Test
    void missingLabelColumnListsTheColumns() {
        assertThat(errorOf("a,b,c\n1,2,3\n", LoadOptions.defaults().withLabel(LabelColumn.byName("class"))))
                .isEqualTo("data.csv has no column 'class' to use as the label; its columns are: a, b, c");
        assertThat(errorOf("a,b,c\n1,2,3\n", LoadOptions.defaults().withLabel(LabelColumn.byIndex(3))))
                .isEqualTo("label column index 3 is outside the 3 columns of data.csv (0..2): a, b, c");
    }

    @Test
    void missingLabelColumnOfAWideTableListsTheFirstColumns() {
        StringBuilder header = new StringBuilder("c0");
        for (int c = 1; c < 30; c++) {
            header.append(",c").append(c);
        }

        assertThat(errorOf(header + "\n" + "1,".repeat(29) + "1\n",
                LoadOptions.defaults().withLabel(LabelColumn.byName("label"))))
                .endsWith("its columns are: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16,"
                        + " c17, c18, c19, ... (10 more)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "NA", "NaN", "nan", ""})
    void missingValueIsRefusedWithLineAndColumn(String token) {
        String csv = "age,height,class\n30,1.8,a\n\n40," + token + ",b\n";

        assertThat(errorOf(csv)).startsWith("data.csv line 4, column 'height': missing value ")
                .contains(token.isEmpty() ? "(empty cell)" : "'" + token + "'")
                .doesNotContain("\n");
    }

    @Test
    void textInNumericColumnIsRefusedWithLineAndColumn() {
        String csv = "age,class\n30,a\n31,b\nabc,a\n32,b\n";

        assertThat(errorOf(csv)).isEqualTo("data.csv line 4, column 'age': 'abc' is not a number");
    }

    @Test
    void theEarliestBadCellIsReported() {
        String csv = "a,b,class\n1,2,x\n2,oops,x\nbad,3,y\n";

        assertThat(errorOf(csv)).isEqualTo("data.csv line 3, column 'b': 'oops' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "-Infinity", "+INF"})
    void infinitiesAreRefused(String token) {
        assertThat(errorOf("a,class\n1,x\n" + token + ",y\n"))
                .isEqualTo("data.csv line 3, column 'a': '" + token + "' is not a finite number");
    }

    @Test
    void valuesBeyondFloatRangeAreRefused() {
        assertThat(errorOf("a,class\n1e39,x\n")).startsWith("data.csv line 2, column 'a': '1e39' is too large");
    }

    @Test
    void javaOnlyNumberSyntaxIsNotANumber() {
        assertThat(errorOf("a,class\n1,x\n2f,y\n")).isEqualTo("data.csv line 3, column 'a': '2f' is not a number");
    }

    @Test
    void raggedRowIsRefusedWithItsLine() {
        assertThat(errorOf("a,b,class\n1,2,x\n3,y\n"))
                .isEqualTo("data.csv line 3 has 2 values but the header has 3 columns; every row needs one value per"
                        + " column");
    }

    @Test
    void emptyFileAndHeaderOnlyAreRefused() {
        assertThat(errorOf("")).startsWith("data.csv is empty");
        assertThat(errorOf("\n\n")).startsWith("data.csv is empty");
        assertThat(errorOf("a,b,class\n")).isEqualTo("data.csv has a header but no data rows");
    }

    @Test
    void singleColumnFileIsRefused() {
        assertThat(errorOf("a;b;class\n1;2;x\n")).contains("has a single column 'a;b;class'");
    }

    @Test
    void duplicateAndEmptyHeaderNamesAreRefused() {
        assertThat(errorOf("a,a,class\n1,2,x\n")).contains("column 'a' appears twice");
        assertThat(errorOf("a,,class\n1,2,x\n")).contains("column 2 of the header of data.csv has no name");
    }

    @Test
    void categoricalColumnIsRejectedByDefaultWithAHint() {
        String csv = "size,color,class\n1,red,x\n2,blue,y\n";

        assertThat(errorOf(csv)).isEqualTo("data.csv column 'color' is categorical (line 2 has 'red'): load it with the"
                + " one-hot categorical option (--one-hot on the command line) to expand it into one 0/1 column per"
                + " value, or remove the column");
    }

    @Test
    void categoricalColumnIsOneHotEncodedWithSortedCategories() throws IOException {
        String csv = "size,color,class\n1,red,x\n2,blue,y\n3,green,x\n4,red,y\n";

        Dataset d = load(csv, LoadOptions.defaults().withCategorical(CategoricalPolicy.ONE_HOT));

        assertThat(d.featureNames()).containsExactly("size", "color=blue", "color=green", "color=red");
        assertThat(d.features()).containsExactly(
                1, 0, 0, 1,
                2, 1, 0, 0,
                3, 0, 1, 0,
                4, 0, 0, 1);
    }

    @Test
    void aOneHotNameThatRepeatsAnExistingColumnIsRefused() throws IOException {
        String csv = "color=red,color,class\n1,red,x\n0,blue,y\n";

        assertThat(errorOf(csv, LoadOptions.defaults().withCategorical(CategoricalPolicy.ONE_HOT)))
                .isEqualTo("data.csv: one-hot encoding makes a column named 'color=red', but a column of that name"
                        + " already exists; rename one of them");
    }

    @Test
    void missingCategoricalValueIsACategoryOnlyWhenAsked() throws IOException {
        String csv = "color,class\nred,x\n?,y\nblue,x\n";
        LoadOptions oneHot = LoadOptions.defaults().withCategorical(CategoricalPolicy.ONE_HOT);

        assertThat(errorOf(csv, oneHot)).startsWith("data.csv line 3, column 'color': missing value '?'");
        Dataset d = load(csv, oneHot.withMissingAsCategory(true));
        assertThat(d.featureNames()).containsExactly("color=?", "color=blue", "color=red");
        assertThat(d.features()).containsExactly(0, 0, 1, 1, 0, 0, 0, 1, 0);
    }

    @Test
    void missingNumberIsRefusedEvenWhenMissingCategoriesAreKept() {
        LoadOptions options = LoadOptions.defaults().withMissingAsCategory(true);

        assertThat(errorOf("a,class\n1,x\n?,y\n", options)).startsWith("data.csv line 3, column 'a': missing value");
    }

    @Test
    void missingLabelIsRefused() {
        assertThat(errorOf("a,class\n1,x\n2,\n")).startsWith("data.csv line 3, column 'class': missing label");
    }

    @Test
    void lineNumbersCountMultiLineQuotedCells() {
        String csv = "a,note,class\n1,\"two\nlines\",x\nfoo,more,y\n";

        assertThat(errorOf(csv, LoadOptions.defaults().withCategorical(CategoricalPolicy.ONE_HOT)))
                .isEqualTo("data.csv line 4, column 'a': 'foo' is not a number");
    }

    @Test
    void valuesInMessagesStayOnOneLine() {
        String csv = "a,class\n1,x\n\"two\nlines\",y\n";

        assertThat(errorOf(csv)).isEqualTo("data.csv line 3, column 'a': 'two\\nlines' is not a number");
    }

    @Test
    void lineNumberOfABadCellAfterBlankLines() {
        assertThat(errorOf("a,class\n\n1,x\n\n\nfoo,y\n2,x\n"))
                .isEqualTo("data.csv line 6, column 'a': 'foo' is not a number");
    }

    @Test
    void malformedQuotingIsReportedWithItsLine() {
        assertThat(errorOf("a,class\n1,x\n\"2,y\n")).startsWith("data.csv line 3: malformed CSV");
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Dataset d = load("\uFEFFclass,a\nx,1\n", LoadOptions.defaults().withLabel(LabelColumn.byName("class")));

        assertThat(d.featureNames()).containsExactly("a");
    }

    @Test
    void idColumnBecomesRowIds() throws IOException {
        Dataset d = load("index,a,class\n7,1,x\n3,2,y\n", LoadOptions.defaults().withIdColumn("index"));

        assertThat(d.featureNames()).containsExactly("a");
        assertThat(d.rowIds()).containsExactly(7L, 3L);
        assertThat(errorOf("index,a,class\n-1,1,x\n", LoadOptions.defaults().withIdColumn("index")))
                .isEqualTo("data.csv line 2, column 'index': '-1' is not a row id (a non-negative integer, or empty "
                        + "for a synthetic row)");
    }

    @Test
    void anEmptyIdCellIsASyntheticRow() throws IOException {
        Dataset d = load("index,a,class\n7,1,x\n,2,y\n", LoadOptions.defaults().withIdColumn("index"));

        assertThat(d.rowIds()).containsExactly(7L, -1L);
    }

    @Test
    void givenClassNamesFixTheLabelOrder() throws IOException {
        LoadOptions options = LoadOptions.defaults().withClassNames(java.util.List.of("z", "y", "x"));

        Dataset d = load("a,class\n1,x\n2,z\n", options);

        assertThat(d.classNames()).containsExactly("z", "y", "x");
        assertThat(d.labels()).containsExactly(2, 0);
        assertThat(errorOf("a,class\n1,w\n", options))
                .isEqualTo("data.csv line 2, column 'class': 'w' is not one of the classes z, y, x");
    }

    @Test
    void loadsFilesAndNamesTheDatasetAfterTheFile() throws IOException {
        Path file = dir.resolve("measurements.csv");
        Files.writeString(file, "a,class\n1,x\n2,y\n");

        Dataset d = CsvLoader.load(file, LoadOptions.defaults());

        assertThat(d.name()).isEqualTo("measurements");
        assertThat(d.rows()).isEqualTo(2);
    }

    @Test
    void fileErrorsNameTheFile() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> CsvLoader.load(missing, LoadOptions.defaults()))
                .isInstanceOf(DataInputException.class).hasMessage(missing + " does not exist: check the path");

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "a,class\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> CsvLoader.load(latin1, LoadOptions.defaults()))
                .isInstanceOf(DataInputException.class).hasMessageStartingWith(latin1 + " is not valid UTF-8 text");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,class\nx1,y\n2,z\n");
        assertThatThrownBy(() -> CsvLoader.load(bad, LoadOptions.defaults()))
                .hasMessage(bad + " line 2, column 'a': 'x1' is not a number");
    }

    @Test
    void datasetFilesDispatchesOnTheExtension() throws IOException {
        Path csv = dir.resolve("t.CSV");
        Files.writeString(csv, "a,class\n1,x\n");
        Path arff = dir.resolve("t.arff");
        Files.writeString(arff, "@relation t\n@attribute a numeric\n@attribute class {x}\n@data\n1,x\n");
        Path other = dir.resolve("t.txt");

        assertThat(DatasetFiles.load(csv, LoadOptions.defaults()).features()).containsExactly(1f);
        assertThat(DatasetFiles.load(arff, LoadOptions.defaults()).features()).containsExactly(1f);
        assertThatThrownBy(() -> DatasetFiles.load(other, LoadOptions.defaults()))
                .isInstanceOf(DataInputException.class).hasMessageStartingWith("cannot tell the format of " + other);
    }
}
