package de.norderstedt.go.platform.model;

/** How the services store optional texts from requests. */
public final class Texts {

    private Texts() {
    }

    /** Null for absent or blank input, else the text without surrounding whitespace. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
