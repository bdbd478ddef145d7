package de.norderstedt.go.roadmap.model;

public enum PhaseStatus {
    PLANNED, ACTIVE, COMPLETED
}
