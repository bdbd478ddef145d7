package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.repository.AssessmentRepository;
import de.norderstedt.go.ideas.repository.CommentRepository;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.ideas.repository.ImportRepository;
import de.norderstedt.go.ideas.repository.StatusChangeRepository;
import de.norderstedt.go.ideas.repository.SupportRepository;
import de.norderstedt.go.platform.directory.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * When a participant is erased, their ideas and comments stay (they belong to the programme) but
 * no longer point to them; their supports and comment reports still count once each, under the
 * erasure's tombstone; where their account is recorded (status changes, assessments, moderation,
 * imports) the tombstone replaces it. Runs in the transaction that consumes the erased event.
 */
@ApplicationScoped
public class AuthorErasure {

    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final SupportRepository supports;
    private final StatusChangeRepository history;
    private final AssessmentRepository assessments;
    private final ImportRepository imports;

    public AuthorErasure(IdeaRepository ideas, CommentRepository comments, SupportRepository supports,
                         StatusChangeRepository history, AssessmentRepository assessments, ImportRepository imports) {
        this.ideas = ideas;
        this.comments = comments;
        this.supports = supports;
        this.history = history;
        this.assessments = assessments;
        this.imports = imports;
    }

    void onErased(@Observes ParticipantErased erased) {
        ideas.eraseAuthor(erased.participantId());
        comments.eraseAuthor(erased.participantId());
        supports.replaceSupporter(erased.participantId(), erased.tombstone());
        comments.replaceReporter(erased.participantId(), erased.tombstone());
        if (erased.subject() != null) {
            String account = erased.tombstoneAccount();
            history.replaceActor(erased.subject(), account);
            assessments.replaceReviewer(erased.subject(), account);
            comments.replaceModerator(erased.subject(), account);
            imports.replaceImporter(erased.subject(), account);
        }
    }
}
