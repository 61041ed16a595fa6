package org.greentrain.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.data.DataInputException;

/** Opening input files with one-line errors for the usual mistakes, and naming datasets after their files. */
final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * A reader of a UTF-8 text file.
     *
     * @throws DataInputException when the path is missing, a directory or unreadable
     */
    static BufferedReader openText(Path file) throws IOException {
        requireReadable(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    /** Fails with a one-line message unless {@code file} is a readable regular file. */
    static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new DataInputException(file + " does not exist: check the path");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataInputException(file + " is not a regular file: give the path of a data file");
        }
        if (!Files.isReadable(file)) {
            throw new DataInputException(file + " is not readable: check its permissions");
        }
    }

    /** The file name without its directory and last extension: {@code data/iris.csv} gives {@code iris}. */
    static String datasetName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A one-line error for a file that is not valid UTF-8. */
    static DataInputException notUtf8(String source) {
        return new DataInputException(source
                + " is not valid UTF-8 text: convert it to UTF-8 (for example with iconv)");
    }
}
