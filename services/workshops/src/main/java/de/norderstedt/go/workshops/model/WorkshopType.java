package de.norderstedt.go.workshops.model;

public enum WorkshopType {
    KICK_OFF, EXPERT_WORKSHOP, CREATIVE_WORKSHOP, COMMITTEE_SESSION, INFO_SESSION, DEEP_DIVE
}
