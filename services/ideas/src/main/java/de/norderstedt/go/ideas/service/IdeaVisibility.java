package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who sees an idea: everyone while it is published; a withdrawn or rejected one only its author and
 * the staff (programme team, moderators). What belongs to an idea (its comments, its history) follows the idea.
 */
@ApplicationScoped
public class IdeaVisibility {

    public static final Set<IdeaStatus> PUBLISHED = EnumSet.of(IdeaStatus.SUBMITTED, IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED,
            IdeaStatus.CLASSIFIED, IdeaStatus.MERGED);

    private final IdeaRepository ideas;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public IdeaVisibility(IdeaRepository ideas, ParticipantDirectory directory, CurrentUser user) {
        this.ideas = ideas;
        this.directory = directory;
        this.user = user;
    }

    /** The idea, if the caller may see it; 404 (as for an unknown id) otherwise. */
    public Idea visible(UUID id) {
        Idea idea = ideas.findById(id);
        if (idea == null || !PUBLISHED.contains(idea.status) && !user.isStaff() && !isAuthor(idea)) {
            throw ProblemException.notFound("Idea", id);
        }
        return idea;
    }

    /**
     * Whether a list of someone's own things (their supports, their comments, their export) names
     * the title of an idea they do not own: while it is published, or for the staff. Their own ideas
     * they always see.
     */
    public static boolean titleShown(IdeaStatus status, UUID ideaAuthorId, UUID viewer, boolean staff) {
        return PUBLISHED.contains(status) || staff || ideaAuthorId != null && ideaAuthorId.equals(viewer);
    }

    private boolean isAuthor(Idea idea) {
        if (!user.isAuthenticated() || idea.authorId == null) {
            return false;
        }
        return directory.bySubject(user.subject(), user.rawToken()).map(r -> r.participantId().equals(idea.authorId)).orElse(false);
    }
}
