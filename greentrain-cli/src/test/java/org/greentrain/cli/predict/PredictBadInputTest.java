package org.greentrain.cli.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greentrain.cli.predict.PredictFixtures.assertUsageError;
import static org.greentrain.cli.predict.PredictFixtures.csv;
import static org.greentrain.cli.predict.PredictFixtures.json;
import static org.greentrain.cli.predict.PredictFixtures.predict;
import static org.greentrain.cli.predict.PredictFixtures.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.greentrain.train.io.ModelStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is one line on stderr and exit code 2, and no output file is left behind. */
class PredictBadInputTest {

    @TempDir
    static Path shared;

    private static Path model;
    private static Path test;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAndSaveOnIris() throws IOException {
        model = shared.resolve("iris-model");
        json(train("--dataset", "iris", "--model", "mlp:hidden=8", "--epochs", "2", "--save", model.toString(),
                "--json"));
        test = csv(PredictFixtures.irisSplit().test(), shared.resolve("test.csv"));
    }

    @Test
    void aModelDirectoryThatIsMissingOrNotAModelOrTooOldIsRefused() throws Exception {
        Path nowhere = dir.resolve("nowhere");
        assertUsageError(predict("--model", nowhere.toString(), "--input", test.toString()),
                nowhere + " does not exist or is not a directory: give the directory that 'greentrain train --save"
                        + " DIR' wrote");
        assertUsageError(predict("--model", dir.toString(), "--input", test.toString()),
                dir + " is not a saved greentrain model: it needs spec.txt and input.json");
        Path old = Files.createDirectory(dir.resolve("old"));
        try (Stream<Path> files = Files.list(model)) {
            for (Path f : files.toList()) {
                Files.copy(f, old.resolve(f.getFileName()));
            }
        }
        Files.delete(old.resolve(ModelStore.SCALER_JSON));
        assertUsageError(predict("--model", old.toString(), "--input", test.toString()),
                old + " was saved without its feature scaling (scaler.json), by an older greentrain: train it again"
                        + " with --save to predict with it");
    }

    @Test
    void missingAndUnexpectedColumnsAreListed() throws Exception {
        Path missing = Files.write(dir.resolve("missing.csv"), columns(0, 1, 3, 4));
        Path extra = Files.write(dir.resolve("extra.csv"), List.of("sepal-length,sepal-width,petal-length,"
                + "petal-width,class,colour", "5.1,3.5,1.4,0.2,setosa,red"));
        Path unlabelledExtra = Files.write(dir.resolve("species.csv"), List.of("sepal-length,sepal-width,"
                + "petal-length,petal-width,species", "5.1,3.5,1.4,0.2,setosa"));

        assertUsageError(predict("--model", model.toString(), "--input", missing.toString()),
                "missing.csv does not have the columns the model was trained on: missing 'petal-length' (columns are"
                        + " matched by name, in any order)");
        assertUsageError(predict("--model", model.toString(), "--input", extra.toString()),
                "extra.csv does not have the columns the model was trained on: unexpected 'colour'");
        assertUsageError(predict("--model", model.toString(), "--input", unlabelledExtra.toString()),
                "unexpected 'species' (columns are matched by name, in any order); the file has no column 'class':"
                        + " if one of the unexpected columns holds the labels, name it with --label");
        assertUsageError(predict("--model", model.toString(), "--input", test.toString(), "--label", "kind"),
                "test.csv has no column 'kind' to use as the label");
    }

    @Test
    void anUnknownClassLabelNamesItsLineAndTheClasses() throws Exception {
        Path unknown = Files.write(dir.resolve("unknown.csv"), List.of("petal-width,class,sepal-length,"
                + "petal-length,sepal-width", "0.2,setosa,5.1,1.4,3.5", "0.2,iris-nova,5.1,1.4,3.5"));
        Path out = dir.resolve("out.csv");

        assertUsageError(predict("--model", model.toString(), "--input", unknown.toString(), "--out", out.toString()),
                "unknown.csv line 3, column 'class': 'iris-nova' is not one of the classes setosa, versicolor,"
                        + " virginica");
        assertThat(out).doesNotExist();
    }

    @Test
    void badCellsOfUnlabelledRowsNameTheirLineAndColumn() throws Exception {
        String header = "petal-width,sepal-length,petal-length,sepal-width";
        assertUsageError(predict("--model", model.toString(), "--input", Files.write(dir.resolve("text.csv"),
                List.of(header, "0.2,5.1,1.4,3.5", "0.2,five,1.4,3.5")).toString()),
                "text.csv line 3, column 'sepal-length': 'five' is not a number");
        assertUsageError(predict("--model", model.toString(), "--input", Files.write(dir.resolve("gap.csv"),
                List.of(header, "", "0.2,5.1,?,3.5")).toString()),
                "gap.csv line 3, column 'petal-length': missing value '?'; fill it in or drop the row");
        assertUsageError(predict("--model", model.toString(), "--input", Files.write(dir.resolve("ragged.csv"),
                List.of(header, "0.2,5.1,1.4")).toString()),
                "ragged.csv line 2 has 3 values but the header has 4 columns");
        assertUsageError(predict("--model", model.toString(), "--input", Files.write(dir.resolve("empty.csv"),
                List.of(header)).toString()), "empty.csv has a header but no data rows");
        assertUsageError(predict("--model", model.toString(), "--input", Files.write(dir.resolve("huge.csv"),
                List.of(header, "0.2,5.1,1e39,3.5")).toString()),
                "huge.csv line 2, column 'petal-length': '1e39' is too large for a 32-bit float");
    }

    @Test
    void valuesThatScaleBeyondTheFloatRangeAreRefusedRatherThanPredictedAsNaN() throws Exception {
        Path zscore = dir.resolve("zscore-model");
        json(train("--dataset", "iris", "--model", "mlp:hidden=4", "--epochs", "1", "--scale", "zscore", "--save",
                zscore.toString(), "--json"));
        Path far = Files.write(dir.resolve("far.csv"), List.of("petal-width,sepal-length,petal-length,sepal-width",
                "0.2,5.1,1.4,3.5", "3.4e38,5.1,1.4,3.5"));
        Path out = dir.resolve("far-out.csv");

        assertUsageError(predict("--model", zscore.toString(), "--input", far.toString(), "--out", out.toString()),
                "scaling row 1, column 'petal-width' of far.csv gives Infinity: its value 3.4E38 lies far outside the"
                        + " data the scaler was fitted on");
        assertThat(out).doesNotExist();
    }

    @Test
    void anArffFileWithoutTheLabelAttributeIsRefused() throws Exception {
        Path arff = Files.write(dir.resolve("new.arff"), List.of("@relation iris", "@attribute sepal-length numeric",
                "@attribute sepal-width numeric", "@attribute petal-length numeric", "@attribute petal-width numeric",
                "@data", "5.1,3.5,1.4,0.2"));

        assertUsageError(predict("--model", model.toString(), "--input", arff.toString()),
                "new.arff has no attribute 'class', the label column the model was trained with: name its label"
                        + " attribute with --label, or give unlabelled rows as CSV");
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        Path noDir = dir.resolve("no-such-dir").resolve("p.csv");
        assertUsageError(predict("--model", model.toString(), "--input", test.toString(), "--out", noDir.toString()),
                "--out " + noDir + ": directory " + noDir.getParent() + " does not exist; create it first");
        assertUsageError(predict("--model", model.toString(), "--input", test.toString(), "--out", dir.toString()),
                "--out " + dir + " is a directory: give a file name, such as " + dir.resolve("predictions.csv"));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void dataMustBeNamedOnce() {
        assertUsageError(predict("--model", model.toString()), "no data: give --dataset NAME");
        assertUsageError(predict("--model", model.toString(), "--dataset", "iris", "--input", test.toString()),
                "give either --dataset or --input, not both");
        assertUsageError(predict("--model", model.toString(), "--dataset", "spambase"),
                "spambase does not have the columns the model was trained on: missing 'sepal-length'");
    }

    /** The test rows with only the columns at {@code positions}. */
    private static List<String> columns(int... positions) throws IOException {
        return Files.readAllLines(test).stream().map(line -> {
            String[] cells = line.split(",");
            StringBuilder picked = new StringBuilder();
            for (int p : positions) {
                picked.append(picked.length() == 0 ? "" : ",").append(cells[p]);
            }
            return picked.toString();
        }).toList();
    }
}
