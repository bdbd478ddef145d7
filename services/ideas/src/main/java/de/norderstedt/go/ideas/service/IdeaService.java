package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.StatusChange;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.ideas.repository.StatusChangeRepository;
import de.norderstedt.go.ideas.repository.SupportRepository;
import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Ideas and their workflow: create, edit, withdraw, review, classify, reject, merge; and their history. */
@ApplicationScoped
public class IdeaService {

    public static final String AUTHOR = "author";

    /** Open for supports and comments, and listed unless a list asks for another status. */
    public static final Set<IdeaStatus> OPEN = EnumSet.of(IdeaStatus.SUBMITTED, IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED,
            IdeaStatus.CLASSIFIED);

    private final IdeaRepository ideas;
    private final StatusChangeRepository history;
    private final SupportRepository supports;
    private final IdeaVisibility visibility;
    private final IdeaEventPublisher events;

    public IdeaService(IdeaRepository ideas, StatusChangeRepository history, SupportRepository supports,
                       IdeaVisibility visibility, IdeaEventPublisher events) {
        this.ideas = ideas;
        this.history = history;
        this.supports = supports;
        this.visibility = visibility;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Idea get(UUID id) {
        Idea idea = ideas.findById(id);
        if (idea == null) {
            throw ProblemException.notFound("Idea", id);
        }
        return idea;
    }

    /** {@code authorId} is the ambassador; null when the core team enters an anonymous workshop card. */
    @Transactional
    public Idea create(IdeaDraft draft, UUID authorId, String actor) {
        IdeaOrigin origin = draft.origin() == null ? (authorId != null ? IdeaOrigin.ONLINE : IdeaOrigin.WORKSHOP) : draft.origin();
        if (origin == IdeaOrigin.WORKSHOP && draft.workshopId() == null) {
            throw ProblemException.invalid("workshopId", "is required for cards from a workshop");
        }
        if (origin != IdeaOrigin.WORKSHOP && (draft.workshopId() != null || draft.workshopGroup() != null)) {
            throw ProblemException.invalid("workshopId", "only cards from a workshop (origin WORKSHOP) name a workshop");
        }
        Instant now = Timestamps.now();
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        apply(idea, draft);
        idea.origin = origin;
        idea.workshopId = draft.workshopId();
        idea.workshopGroup = Texts.blankToNull(draft.workshopGroup());
        idea.authorId = authorId;
        idea.status = IdeaStatus.SUBMITTED;
        idea.createdAt = now;
        idea.updatedAt = now;
        ideas.persist(idea);
        record(idea.id, null, IdeaStatus.SUBMITTED, actor, null, now);
        events.submitted(idea);
        return idea;
    }

    /** The author edits until the idea is in review. */
    @Transactional
    public Idea update(UUID id, IdeaDraft draft, UUID editor) {
        Idea idea = get(id);
        requireAuthor(idea, editor);
        if (idea.status != IdeaStatus.SUBMITTED) {
            throw ProblemException.conflict("An idea can be edited only until it is in review; it is " + idea.status);
        }
        apply(idea, draft);
        idea.updatedAt = Timestamps.now();
        events.updated(idea);
        return idea;
    }

    @Transactional
    public Idea withdraw(UUID id, UUID author) {
        Idea idea = get(id);
        requireAuthor(idea, author);
        transition(idea, IdeaStatus.WITHDRAWN, AUTHOR, null);
        events.withdrawn(idea);
        return idea;
    }

    /** A staff step in the workflow; illegal steps are a 409 naming the allowed ones. */
    @Transactional
    public Idea changeStatus(UUID id, IdeaStatus target, Classification classification, String reason, String actor) {
        Idea idea = get(id);
        if (target == IdeaStatus.MERGED || target == IdeaStatus.WITHDRAWN) {
            throw ProblemException.invalid("status", target == IdeaStatus.MERGED
                    ? "merging has its own endpoint (POST /api/ideas/{id}/merge)" : "only the author withdraws an idea");
        }
        if (target == IdeaStatus.CLASSIFIED && classification == null) {
            throw ProblemException.invalid("classification", "is required to classify an idea");
        }
        if (target != IdeaStatus.CLASSIFIED && classification != null) {
            throw ProblemException.invalid("classification", "is given only together with status CLASSIFIED");
        }
        if (target == IdeaStatus.ASSESSED && idea.reviewerCount == 0) {
            throw ProblemException.conflict("Nobody has assessed this idea yet (PUT /api/ideas/{id}/assessments/mine)");
        }
        IdeaStatus from = idea.status;
        transition(idea, target, actor, reason);
        idea.classification = target == IdeaStatus.CLASSIFIED ? classification : (target == IdeaStatus.ASSESSED ? null : idea.classification);
        events.statusChanged(idea, from.name(), reason);
        if (target == IdeaStatus.CLASSIFIED) {
            events.classified(idea);
        }
        return idea;
    }

    /**
     * Merges a duplicate into another idea: it keeps a pointer, and its supports move over
     * without counting anyone twice who supported both.
     */
    @Transactional
    public Idea merge(UUID id, UUID intoId, String reason, String actor) {
        if (id.equals(intoId)) {
            throw ProblemException.invalid("into", "an idea cannot be merged into itself");
        }
        // Lock both in a fixed order, so that two merges at once cannot deadlock or lose supports.
        List<UUID> order = new ArrayList<>(List.of(id, intoId));
        order.sort(null);
        for (UUID u : order) {
            if (ideas.findForUpdate(u) == null) {
                throw ProblemException.notFound("Idea", u);
            }
        }
        Idea idea = get(id);
        Idea into = get(intoId);
        if (!into.status.published() || into.status == IdeaStatus.MERGED) {
            throw ProblemException.conflict("Ideas can be merged only into a published idea; the target is " + into.status);
        }
        transition(idea, IdeaStatus.MERGED, actor, reason);
        idea.mergedInto = into.id;
        ideas.flush();
        supports.move(idea.id, into.id);
        idea.supportCount = 0;
        into.supportCount = supports.count(into.id);
        into.updatedAt = idea.updatedAt;
        events.statusChanged(idea, null, reason);
        events.merged(idea, into);
        return idea;
    }

    /** One page of the history of an idea the caller may see, in the order it happened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatusChange> history(UUID id, Cursor after, int limit) {
        visibility.visible(id);
        Long afterId = null;
        if (after != null) {
            try {
                afterId = Long.valueOf(after.expect(1).get(0));
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("after", "is not a cursor returned by this API");
            }
        }
        return Page.of(history.page(id, afterId, limit), limit, c -> c, c -> Cursor.of(c.id));
    }

    private void transition(Idea idea, IdeaStatus target, String actor, String reason) {
        Set<IdeaStatus> allowed = idea.status.next();
        if (!allowed.contains(target)) {
            List<String> names = allowed.stream().map(Enum::name).sorted().toList();
            throw ProblemException.conflict("An idea that is " + idea.status + " cannot become " + target
                    + (names.isEmpty() ? "; it is final" : "; allowed: " + String.join(", ", names)), names);
        }
        Instant now = Timestamps.now();
        record(idea.id, idea.status, target, actor, reason, now);
        idea.status = target;
        idea.updatedAt = now;
    }

    private void record(UUID ideaId, IdeaStatus from, IdeaStatus to, String actor, String reason, Instant at) {
        StatusChange change = new StatusChange();
        change.ideaId = ideaId;
        change.fromStatus = from;
        change.toStatus = to;
        change.actor = actor;
        change.reason = reason;
        change.changedAt = at;
        history.persist(change);
    }

    private static void requireAuthor(Idea idea, UUID caller) {
        if (idea.authorId == null || !Objects.equals(idea.authorId, caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the author may do this");
        }
    }

    private static void apply(Idea idea, IdeaDraft draft) {
        idea.title = draft.title().strip();
        idea.description = draft.description().strip();
        idea.actionField = draft.actionField();
        idea.kind = draft.kind() == null ? IdeaKind.PROJECT_IDEA : draft.kind();
        idea.tags = draft.tags() == null ? new ArrayList<>()
                : new ArrayList<>(draft.tags().stream().map(t -> t.strip().toLowerCase()).distinct().toList());
    }
}
