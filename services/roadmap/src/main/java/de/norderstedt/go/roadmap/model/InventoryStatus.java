package de.norderstedt.go.roadmap.model;

public enum InventoryStatus {
    PLANNED, ACTIVE, COMPLETED, DISCONTINUED
}
