package de.norderstedt.go.participants.model;

/** Norderstedt's districts (Stadtteile), plus people and companies from outside the city. */
public enum District {
    FRIEDRICHSGABE, GARSTEDT, GLASHUETTE, HARKSHEIDE, NORDERSTEDT_MITTE, OUTSIDE_NORDERSTEDT, NOT_STATED
}
