package de.norderstedt.go.platform.input;

import de.norderstedt.go.platform.problem.ProblemException;

/**
 * What text the services accept, everywhere: no NUL (PostgreSQL refuses it), no other control
 * characters (C0, DEL, C1) — in free text tab and line breaks only — and no broken UTF-16 (a lone
 * surrogate cannot be written as UTF-8). JSON bodies, query parameters, paths and imported files
 * are all checked by this one rule.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} cannot be taken, or null when it can; {@code multiLine} allows tab and line breaks. */
    public static String problem(String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                if (c == 0) {
                    return "must not contain NUL characters";
                }
                if (!multiLine || (c != '\t' && c != '\n' && c != '\r')) {
                    return multiLine ? "must not contain control characters other than tab and line breaks"
                            : "must not contain control characters";
                }
            } else if (c >= 0x7f && c <= 0x9f) {
                return "must not contain control characters";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return "must be valid Unicode text (a lone surrogate)";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text (a lone surrogate)";
            }
        }
        return null;
    }

    /** Free text (may span lines) of {@code field}; a 400 naming the field when it cannot be taken. */
    public static String require(String field, String value) {
        String problem = problem(value, true);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
        return value;
    }
}
