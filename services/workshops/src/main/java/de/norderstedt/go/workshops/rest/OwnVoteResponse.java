package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.service.OwnQuestion;

import java.util.UUID;

/** A question the person voted for: which one, in which workshop (not the question's text, another person's words). */
public record OwnVoteResponse(UUID questionId, UUID workshopId, String workshopTitle) {

    static OwnVoteResponse of(OwnQuestion voted) {
        return new OwnVoteResponse(voted.question().id, voted.question().workshopId, voted.workshop().title);
    }
}
