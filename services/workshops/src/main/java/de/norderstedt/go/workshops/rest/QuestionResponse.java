package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Question;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A question as shown; {@code status} of a question not moderated yet only for moderators. */
public record QuestionResponse(UUID id, String text, Mode channel, String askedBy, Question.Status status, int upvotes,
                               OffsetDateTime createdAt) {

    static QuestionResponse of(Question q, String askedBy, boolean moderator) {
        return new QuestionResponse(q.id, q.text, q.channel, askedBy, moderator || q.status != Question.Status.SUBMITTED ? q.status : null,
                q.upvotes, Times.berlin(q.createdAt));
    }
}
