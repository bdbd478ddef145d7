package de.norderstedt.go.workshops.model;

public enum Mode {
    ON_SITE, ONLINE
}
