package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.Texts;

import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.messaging.RoadmapEventPublisher;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Phase;
import de.norderstedt.go.roadmap.model.ProgrammeMilestone;
import de.norderstedt.go.roadmap.model.Vision;
import de.norderstedt.go.roadmap.model.VisionStatus;
import de.norderstedt.go.roadmap.rest.StrategyRequests.GoalRequest;
import de.norderstedt.go.roadmap.rest.StrategyRequests.PhaseRequest;
import de.norderstedt.go.roadmap.rest.StrategyRequests.TimelineRequest;
import de.norderstedt.go.roadmap.rest.StrategyRequests.VisionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The strategy above the roadmap: vision, action-field priorities, strategic goals, phases, timeline. */
@ApplicationScoped
public class StrategyService {

    private final EntityManager em;
    private final RoadmapEventPublisher events;

    public StrategyService(EntityManager em, RoadmapEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    // ---- vision ----

    /** Newest first; the public sees adopted and superseded statements, the team also the draft. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Vision> visionHistory(boolean includeDraft) {
        return em.createQuery("from Vision v where (?1 = true or v.status <> ?2) order by v.version desc", Vision.class)
                .setParameter(1, includeDraft).setParameter(2, VisionStatus.DRAFT).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Vision> adoptedVision() {
        return em.createQuery("from Vision v where v.status = ?1", Vision.class).setParameter(1, VisionStatus.ADOPTED)
                .getResultStream().findFirst();
    }

    /** Writes the draft of the next vision (creating it when there is none). */
    @Transactional
    public Vision writeDraftVision(VisionRequest request) {
        lockVisions();
        Instant now = Timestamps.now();
        Optional<Vision> existing = draftVision();
        Vision draft = existing.orElseGet(Vision::new);
        draft.statement = request.statement().strip();
        draft.updatedAt = now;
        if (existing.isEmpty()) {
            draft.id = UUID.randomUUID();
            draft.status = VisionStatus.DRAFT;
            draft.version = em.createQuery("select coalesce(max(v.version), 0) from Vision v", Integer.class).getSingleResult() + 1;
            draft.createdAt = now;
            em.persist(draft);
        }
        return draft;
    }

    /** The draft becomes the vision; the one before is kept in the history as superseded. */
    @Transactional
    public Vision adoptVision() {
        lockVisions();
        Vision draft = draftVision().orElseThrow(() -> ProblemException.conflict("There is no draft vision to adopt"));
        Instant now = Timestamps.now();
        adoptedVision().ifPresent(old -> {
            old.status = VisionStatus.SUPERSEDED;
            old.updatedAt = now;
        });
        em.flush();
        draft.status = VisionStatus.ADOPTED;
        draft.adoptedAt = now;
        draft.updatedAt = now;
        events.visionAdopted(draft);
        return draft;
    }

    private Optional<Vision> draftVision() {
        return em.createQuery("from Vision v where v.status = ?1", Vision.class).setParameter(1, VisionStatus.DRAFT)
                .getResultStream().findFirst();
    }

    /** Vision writes are rare; one at a time keeps version numbers and the single draft simple. */
    private void lockVisions() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('roadmap.vision'))").getSingleResult();
    }

    // ---- action fields ----

    public record FieldPriority(ActionField field, int priority) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionField> fieldsByPriority() {
        List<?> rows = em.createNativeQuery("select action_field from action_field_priority order by priority").getResultList();
        return rows.stream().map(r -> ActionField.valueOf((String) r)).toList();
    }

    @Transactional
    public List<ActionField> reorderFields(List<ActionField> order) {
        if (EnumSet.copyOf(order).size() != ActionField.values().length) {
            throw ProblemException.invalid("order", "must name each of the four action fields once");
        }
        for (int i = 0; i < order.size(); i++) {
            em.createNativeQuery("update action_field_priority set priority = ?1 where action_field = ?2")
                    .setParameter(1, i + 1).setParameter(2, order.get(i).name()).executeUpdate();
        }
        return fieldsByPriority();
    }

    // ---- goals ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Goal> goals(ActionField field) {
        return em.createQuery("from Goal g where (?1 is null or g.actionField = ?1) order by g.actionField, g.createdAt, g.id", Goal.class)
                .setParameter(1, field).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Goal goal(UUID id) {
        Goal g = em.find(Goal.class, id);
        if (g == null) {
            throw ProblemException.notFound("Goal", id);
        }
        return g;
    }

    /** Goals by id for the ids given; an unknown id is a 400 naming its position in {@code field}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Goal> requireGoals(String field, List<UUID> ids) {
        Map<UUID, Goal> found = new LinkedHashMap<>();
        if (ids == null) {
            return found;
        }
        for (int i = 0; i < ids.size(); i++) {
            Goal g = em.find(Goal.class, ids.get(i));
            if (g == null) {
                throw ProblemException.invalid(field + "[" + i + "]", "is not a strategic goal (GET /api/roadmap/goals)");
            }
            found.put(g.id, g);
        }
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Goal> goalsById(Collection<UUID> ids) {
        Map<UUID, Goal> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Goal g where g.id in ?1", Goal.class).setParameter(1, ids).getResultList()
                    .forEach(g -> found.put(g.id, g));
        }
        return found;
    }

    @Transactional
    public Goal defineGoal(GoalRequest request) {
        Goal g = new Goal();
        g.id = UUID.randomUUID();
        g.createdAt = Timestamps.now();
        apply(g, request);
        em.persist(g);
        events.goal(RoadmapEvents.GOAL_DEFINED, g);
        return g;
    }

    @Transactional
    public Goal changeGoal(UUID id, GoalRequest request) {
        Goal g = goal(id);
        apply(g, request);
        events.goal(RoadmapEvents.GOAL_CHANGED, g);
        return g;
    }

    private static void apply(Goal g, GoalRequest r) {
        g.title = r.title().strip();
        g.description = Texts.blankToNull(r.description());
        g.actionField = r.actionField();
        g.indicators = r.indicators() == null ? new ArrayList<>() : r.indicators().stream().map(String::strip).toList();
        g.updatedAt = Timestamps.now();
    }

    // ---- phases and timeline ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Phase> phases() {
        return em.createQuery("from Phase p order by p.sortOrder", Phase.class).getResultList();
    }

    @Transactional
    public Phase changePhase(String key, PhaseRequest request) {
        Phase p = em.find(Phase.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("Phase", key);
        }
        requireOrder("plannedEnd", request.plannedStart(), request.plannedEnd());
        requireOrder("actualEnd", request.actualStart(), request.actualEnd());
        p.status = request.status();
        p.plannedStart = request.plannedStart();
        p.plannedEnd = request.plannedEnd();
        p.actualStart = request.actualStart();
        p.actualEnd = request.actualEnd();
        if (request.description() != null) {
            p.description = Texts.blankToNull(request.description());
        }
        p.updatedAt = Timestamps.now();
        events.phase(p);
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeMilestone> timeline() {
        return em.createQuery("from ProgrammeMilestone m order by m.startsAt, m.id", ProgrammeMilestone.class).getResultList();
    }

    @Transactional
    public ProgrammeMilestone addToTimeline(TimelineRequest request) {
        ProgrammeMilestone m = new ProgrammeMilestone();
        m.id = UUID.randomUUID();
        m.createdAt = Timestamps.now();
        apply(m, request);
        em.persist(m);
        return m;
    }

    @Transactional
    public ProgrammeMilestone changeTimeline(UUID id, TimelineRequest request) {
        ProgrammeMilestone m = em.find(ProgrammeMilestone.class, id);
        if (m == null) {
            throw ProblemException.notFound("Timeline entry", id);
        }
        apply(m, request);
        return m;
    }

    private void apply(ProgrammeMilestone m, TimelineRequest r) {
        if (r.phase() != null && em.find(Phase.class, r.phase()) == null) {
            throw ProblemException.invalid("phase", "must be one of PHASE_I, PHASE_II, PHASE_III, COMMUNICATION");
        }
        if (r.endsAt() != null && !r.endsAt().isAfter(r.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        m.title = r.title().strip();
        m.description = Texts.blankToNull(r.description());
        m.phase = r.phase();
        m.startsAt = r.startsAt().toInstant();
        m.endsAt = r.endsAt() == null ? null : r.endsAt().toInstant();
        m.reached = r.reached();
        m.updatedAt = Timestamps.now();
    }

    static void requireOrder(String field, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid(field, "must not be before the start");
        }
    }

}
