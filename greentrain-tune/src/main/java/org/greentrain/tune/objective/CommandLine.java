package org.greentrain.tune.objective;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command template into arguments without a shell. Whitespace separates arguments; single quotes keep
 * everything up to the next single quote literally; double quotes group text in which a backslash escapes the next
 * character; outside quotes a backslash escapes the next character. No globbing, variables or redirection.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /**
     * Splits {@code template}.
     *
     * @throws IllegalArgumentException for an unclosed quote, a trailing backslash or an empty command
     */
    public static List<String> split(String template) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArg = false;
        char quote = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\\') {
                if (i + 1 >= template.length()) {
                    throw new IllegalArgumentException("command '" + template + "' ends with a lone backslash");
                }
                current.append(template.charAt(++i));
                inArg = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inArg = true;
            } else if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArg = false;
                }
            } else {
                current.append(c);
                inArg = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("command '" + template + "' has an unclosed " + quote + " quote");
        }
        if (inArg) {
            args.add(current.toString());
        }
        if (args.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        return args;
    }
}
