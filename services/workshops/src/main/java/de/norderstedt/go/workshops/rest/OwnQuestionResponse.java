package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.service.OwnQuestion;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A question the person asked, in which workshop, and what the moderators made of it. */
public record OwnQuestionResponse(UUID id, UUID workshopId, String workshopTitle, String text, Mode channel, Question.Status status,
                                  int upvotes, OffsetDateTime createdAt) {

    static OwnQuestionResponse of(OwnQuestion own) {
        Question q = own.question();
        return new OwnQuestionResponse(q.id, q.workshopId, own.workshop().title, q.text, q.channel, q.status, q.upvotes,
                Times.berlin(q.createdAt));
    }
}
