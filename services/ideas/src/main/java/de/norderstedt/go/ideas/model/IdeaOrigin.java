package de.norderstedt.go.ideas.model;

public enum IdeaOrigin {
    WORKSHOP, ONLINE, CAMPAIGN
}
