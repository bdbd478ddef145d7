package de.norderstedt.go.ideas.rest;

import java.time.Instant;

/** One step of an idea's history: who (a role-holder's account, or "author"), when, why. */
public record StatusChangeResponse(String from, String to, String actor, String reason, Instant changedAt) {
}
