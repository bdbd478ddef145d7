package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.StatusChange;

import java.time.Instant;

/** One step of an idea's history: who (a role-holder's account, or "author"; shown to the staff only), when, why. */
public record StatusChangeResponse(String from, String to, String actor, String reason, Instant changedAt) {

    public static StatusChangeResponse of(StatusChange c, boolean showActor) {
        return new StatusChangeResponse(c.fromStatus == null ? null : c.fromStatus.name(), c.toStatus.name(),
                showActor ? c.actor : null, c.reason, c.changedAt);
    }
}
