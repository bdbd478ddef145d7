package de.norderstedt.go.platform.model;

/**
 * A CSV cell that people open in a spreadsheet (Excel, LibreOffice): a text starting with
 * {@code = + - @}, a tab or a carriage return would be read as a formula there ({@code =HYPERLINK(…)}
 * in a guest's name), so it gets a leading {@code '} as OWASP's "CSV Injection" advises. Only for
 * files meant for spreadsheets with text from the public; the open-data CSV stays plain RFC 4180.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    public static Object of(Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : value;
    }
}
