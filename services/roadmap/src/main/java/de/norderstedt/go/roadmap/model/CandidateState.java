package de.norderstedt.go.roadmap.model;

/** Whether a classified idea is offered for the draft roadmap ({@code OPEN}) or why it is not. */
public enum CandidateState {
    OPEN, NOT_CLASSIFIED, WITHDRAWN, MERGED, REJECTED
}
