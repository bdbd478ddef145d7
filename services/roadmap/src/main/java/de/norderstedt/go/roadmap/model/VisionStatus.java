package de.norderstedt.go.roadmap.model;

public enum VisionStatus {
    DRAFT, ADOPTED, SUPERSEDED
}
