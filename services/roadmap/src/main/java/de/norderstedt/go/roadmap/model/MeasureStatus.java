package de.norderstedt.go.roadmap.model;

public enum MeasureStatus {
    PLANNED, IN_PROGRESS, DONE, ON_HOLD, DROPPED
}
