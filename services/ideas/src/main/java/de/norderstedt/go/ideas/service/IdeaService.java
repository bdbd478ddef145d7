package de.norderstedt.go.ideas.service;

import de.norderstedt.go.platform.model.Texts;

import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.rest.IdeaRequest;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Ideas and their workflow: create, edit, withdraw, review, classify, reject, merge. */
@ApplicationScoped
public class IdeaService {

    public static final String AUTHOR = "author";

    private final EntityManager em;
    private final IdeaEventPublisher events;

    public IdeaService(EntityManager em, IdeaEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Idea get(UUID id) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null) {
            throw ProblemException.notFound("Idea", id);
        }
        return idea;
    }

    /** {@code authorId} is the ambassador; null when the core team enters an anonymous workshop card. */
    @Transactional
    public Idea create(@Valid @NotNull IdeaRequest request, UUID authorId, String actor) {
        IdeaOrigin origin = request.origin() == null ? (authorId != null ? IdeaOrigin.ONLINE : IdeaOrigin.WORKSHOP) : request.origin();
        if (origin == IdeaOrigin.WORKSHOP && request.workshopId() == null) {
            throw ProblemException.invalid("workshopId", "is required for cards from a workshop");
        }
        if (origin != IdeaOrigin.WORKSHOP && (request.workshopId() != null || request.workshopGroup() != null)) {
            throw ProblemException.invalid("workshopId", "only cards from a workshop (origin WORKSHOP) name a workshop");
        }
        Instant now = now();
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        apply(idea, request);
        idea.origin = origin;
        idea.workshopId = request.workshopId();
        idea.workshopGroup = Texts.blankToNull(request.workshopGroup());
        idea.authorId = authorId;
        idea.status = IdeaStatus.SUBMITTED;
        idea.createdAt = now;
        idea.updatedAt = now;
        em.persist(idea);
        history(idea.id, null, IdeaStatus.SUBMITTED, actor, null, now);
        events.submitted(idea);
        return idea;
    }

    /** The author edits until the idea is in review. */
    @Transactional
    public Idea update(UUID id, @Valid @NotNull IdeaRequest request, UUID editor) {
        Idea idea = get(id);
        requireAuthor(idea, editor);
        if (idea.status != IdeaStatus.SUBMITTED) {
            throw ProblemException.conflict("An idea can be edited only until it is in review; it is " + idea.status);
        }
        apply(idea, request);
        idea.updatedAt = now();
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
            if (em.find(Idea.class, u, LockModeType.PESSIMISTIC_WRITE) == null) {
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
        em.flush();
        em.createNativeQuery("""
                        insert into support (idea_id, participant_id, created_at)
                        select ?1, participant_id, created_at from support where idea_id = ?2
                        on conflict do nothing""")
                .setParameter(1, into.id).setParameter(2, idea.id).executeUpdate();
        em.createNativeQuery("delete from support where idea_id = ?1").setParameter(1, idea.id).executeUpdate();
        idea.supportCount = 0;
        into.supportCount = ((Number) em.createNativeQuery("select count(*) from support where idea_id = ?1")
                .setParameter(1, into.id).getSingleResult()).intValue();
        into.updatedAt = idea.updatedAt;
        events.statusChanged(idea, null, reason);
        events.merged(idea, into);
        return idea;
    }

    private void transition(Idea idea, IdeaStatus target, String actor, String reason) {
        Set<IdeaStatus> allowed = idea.status.next();
        if (!allowed.contains(target)) {
            List<String> names = allowed.stream().map(Enum::name).sorted().toList();
            throw ProblemException.conflict("An idea that is " + idea.status + " cannot become " + target
                    + (names.isEmpty() ? "; it is final" : "; allowed: " + String.join(", ", names)), names);
        }
        Instant now = now();
        history(idea.id, idea.status, target, actor, reason, now);
        idea.status = target;
        idea.updatedAt = now;
    }

    private void history(UUID ideaId, IdeaStatus from, IdeaStatus to, String actor, String reason, Instant at) {
        em.createNativeQuery("insert into idea_status_change (idea_id, from_status, to_status, actor, reason, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, ideaId).setParameter(2, from == null ? null : from.name()).setParameter(3, to.name())
                .setParameter(4, actor).setParameter(5, reason).setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    private static void requireAuthor(Idea idea, UUID caller) {
        if (idea.authorId == null || !Objects.equals(idea.authorId, caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the author may do this");
        }
    }

    private static void apply(Idea idea, IdeaRequest r) {
        idea.title = r.title().strip();
        idea.description = r.description().strip();
        idea.actionField = r.actionField();
        idea.kind = r.kind() == null ? IdeaKind.PROJECT_IDEA : r.kind();
        idea.tags = r.tags() == null ? new ArrayList<>() : new ArrayList<>(r.tags().stream().map(t -> t.strip().toLowerCase()).distinct().toList());
    }


    static Instant now() {
        return de.norderstedt.go.platform.model.Timestamps.now();
    }

    static final Set<IdeaStatus> PUBLIC = EnumSet.of(IdeaStatus.SUBMITTED, IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED, IdeaStatus.CLASSIFIED);
}
