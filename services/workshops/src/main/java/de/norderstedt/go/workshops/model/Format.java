package de.norderstedt.go.workshops.model;

public enum Format {
    ON_SITE, ONLINE, HYBRID
}
