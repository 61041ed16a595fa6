package org.greentrain.data;

/**
 * Bad input data or a bad data request: a malformed file, an unknown dataset name, a dataset that is not installed,
 * a split fraction out of range. Its message is one line that says what was wrong and how to fix it, so a command-line
 * front end can print it as is and exit with the "bad input" status.
 */
public class DataInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public DataInputException(String message) {
        super(message);
    }

    public DataInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
