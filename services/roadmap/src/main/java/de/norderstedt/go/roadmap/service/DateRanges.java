package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.problem.ProblemException;

import java.time.LocalDate;

/** Start and end dates given together. */
final class DateRanges {

    private DateRanges() {
    }

    /** An end before its start is a 400 on {@code field}; either may be absent. */
    static void requireOrder(String field, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid(field, "must not be before the start");
        }
    }
}
