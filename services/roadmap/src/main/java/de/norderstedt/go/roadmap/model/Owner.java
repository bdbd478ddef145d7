package de.norderstedt.go.roadmap.model;

/** Who is responsible for a measure. */
public enum Owner {
    CITY_ADMINISTRATION, MUNICIPAL_UTILITY, PARTNER
}
