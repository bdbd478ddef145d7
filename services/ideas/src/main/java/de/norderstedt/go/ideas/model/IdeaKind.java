package de.norderstedt.go.ideas.model;

/** A card of the vision work (Vision) or a concrete project idea. */
public enum IdeaKind {
    VISION_CARD, PROJECT_IDEA
}
