package de.norderstedt.go.ideas.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.ideas.model.GivenAssessment;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.OwnComment;
import de.norderstedt.go.ideas.model.SupportedIdea;
import de.norderstedt.go.ideas.repository.AssessmentRepository;
import de.norderstedt.go.ideas.repository.CommentRepository;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.ideas.repository.SupportRepository;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a participant did here, as they see it: their own ideas in every status, the ideas they
 * support, their comments; and, for their export (asked by participants), everything the service
 * holds about them. Titles of other people's ideas that are no longer published (withdrawn,
 * rejected) are left out, as they are everywhere but for the staff and the author.
 */
@ApplicationScoped
public class ContributionService {

    private final IdeaRepository ideas;
    private final SupportRepository supports;
    private final CommentRepository comments;
    private final AssessmentRepository assessments;
    private final CurrentUser user;
    private final ObjectMapper json;

    public ContributionService(IdeaRepository ideas, SupportRepository supports, CommentRepository comments,
                               AssessmentRepository assessments, CurrentUser user, ObjectMapper json) {
        this.ideas = ideas;
        this.supports = supports;
        this.comments = comments;
        this.assessments = assessments;
        this.user = user;
        this.json = json;
    }

    /** One page of the participant's own ideas, every status (withdrawn and rejected too), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Idea> ideasOf(UUID participantId, Cursor after, int limit) {
        Cursor key = after == null ? null : after.expect(2);
        return Page.of(ideas.ofAuthor(participantId, key == null ? null : key.instant(0), key == null ? null : key.uuid(1), limit),
                limit, i -> i, i -> Cursor.of(i.createdAt, i.id));
    }

    /** One page of the ideas the participant supports, the newest support first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupportedIdea> supportsOf(UUID participantId, Cursor after, int limit) {
        Cursor key = after == null ? null : after.expect(2);
        boolean staff = user.isStaff();
        return Page.of(supports.ofParticipant(participantId, key == null ? null : key.instant(0), key == null ? null : key.uuid(1), limit),
                limit, s -> shown(s, participantId, staff), s -> Cursor.of(s.supportedAt(), s.ideaId()));
    }

    /** One page of the participant's comments and replies, newest first, each with its idea. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OwnComment> commentsOf(UUID participantId, Cursor after, int limit) {
        Cursor key = after == null ? null : after.expect(2);
        boolean staff = user.isStaff();
        return Page.of(comments.ofAuthor(participantId, key == null ? null : key.instant(0), key == null ? null : key.uuid(1), limit),
                limit, c -> shown(c, participantId, staff), c -> Cursor.of(c.createdAt(), c.id()));
    }

    /**
     * Everything held about the participant, for their export; empty lists for a person this
     * service never heard of. Other people's ideas are named as the public sees them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonData export(UUID participantId) {
        List<Idea> own = ideas.allOfAuthor(participantId);
        List<OwnComment> written = comments.allOfAuthor(participantId).stream().map(c -> shown(c, participantId, false)).toList();
        List<SupportedIdea> supported = supports.allOfParticipant(participantId).stream()
                .map(s -> shown(s, participantId, false)).toList();
        List<PersonData.Assessment> reviewed = assessments.byParticipant(participantId).stream()
                .map(a -> assessment(a, participantId)).toList();
        return new PersonData(own, written, supported, comments.reportsBy(participantId), reviewed);
    }

    private static SupportedIdea shown(SupportedIdea s, UUID viewer, boolean staff) {
        return IdeaVisibility.titleShown(s.status(), s.authorId(), viewer, staff) ? s : s.withoutTitle();
    }

    private static OwnComment shown(OwnComment c, UUID viewer, boolean staff) {
        return IdeaVisibility.titleShown(c.ideaStatus(), c.ideaAuthorId(), viewer, staff) ? c : c.withoutIdeaTitle();
    }

    private PersonData.Assessment assessment(GivenAssessment a, UUID viewer) {
        Map<String, Integer> scores;
        try {
            scores = json.readValue(a.scores(), new TypeReference<Map<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String title = IdeaVisibility.titleShown(a.ideaStatus(), a.ideaAuthorId(), viewer, false) ? a.ideaTitle() : null;
        return new PersonData.Assessment(a.ideaId(), title, scores, a.weightedScore(), a.goalIds(), a.withinInfluence(),
                a.recommendedHorizon(), a.note(), a.assessedAt());
    }
}
