package de.norderstedt.go.platform.repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL arrays in native queries, one way for every service: bind a collection as the text
 * of an array literal ({@code cast(?1 as uuid[])}, {@code cast(?1 as text[])}) and read an array
 * column of a result row back into a list, whatever the driver handed over.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** {@code {"a","b"}}: every element quoted, quotes and backslashes escaped; null elements are NULL. */
    public static String literal(Collection<?> values) {
        StringBuilder out = new StringBuilder("{");
        for (Object value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (value == null) {
                out.append("NULL");
                continue;
            }
            out.append('"');
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }

    /** The elements of an array column as text; an absent column is an empty list. */
    public static List<String> strings(Object column) {
        List<String> out = new ArrayList<>();
        for (Object element : elements(column)) {
            out.add(element == null ? null : element.toString());
        }
        return out;
    }

    /** The elements of a {@code uuid[]} column. */
    public static List<UUID> uuids(Object column) {
        List<UUID> out = new ArrayList<>();
        for (Object element : elements(column)) {
            out.add(element == null ? null : element instanceof UUID id ? id : UUID.fromString(element.toString()));
        }
        return out;
    }

    private static Object[] elements(Object column) {
        if (column == null) {
            return new Object[0];
        }
        if (column instanceof Object[] array) {
            return array;
        }
        if (column instanceof Collection<?> list) {
            return list.toArray();
        }
        if (column instanceof Array array) {
            try {
                return (Object[]) array.getArray();
            } catch (SQLException e) {
                throw new IllegalStateException("array column could not be read", e);
            }
        }
        throw new IllegalArgumentException("not an array column: " + column.getClass().getName());
    }
}
