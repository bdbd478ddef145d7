package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.messaging.RoadmapEventPublisher;
import de.norderstedt.go.roadmap.model.ActionFieldPriority;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Vision;
import de.norderstedt.go.roadmap.model.VisionStatus;
import de.norderstedt.go.roadmap.repository.ActionFieldPriorityRepository;
import de.norderstedt.go.roadmap.repository.GoalRepository;
import de.norderstedt.go.roadmap.repository.VisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The strategy above the roadmap: the vision, the action fields' priorities and the strategic goals. */
@ApplicationScoped
public class StrategyService {

    private final VisionRepository visions;
    private final ActionFieldPriorityRepository priorities;
    private final GoalRepository goals;
    private final RoadmapEventPublisher events;

    public StrategyService(VisionRepository visions, ActionFieldPriorityRepository priorities, GoalRepository goals,
                           RoadmapEventPublisher events) {
        this.visions = visions;
        this.priorities = priorities;
        this.goals = goals;
        this.events = events;
    }

    // ---- vision ----

    /**
     * One page of the history, newest first, after the version number {@code afterVersion}; the
     * public sees adopted and superseded statements, the team also the draft. {@code limit + 1} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Vision> visionHistory(boolean includeDraft, Integer afterVersion, int limit) {
        return visions.historyPage(includeDraft, afterVersion, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Vision> adoptedVision() {
        return visions.withStatus(VisionStatus.ADOPTED);
    }

    /** Writes the draft of the next vision (creating it when there is none). */
    @Transactional
    public Vision writeDraftVision(String statement) {
        visions.lockVisions();
        Instant now = Timestamps.now();
        Optional<Vision> existing = visions.withStatus(VisionStatus.DRAFT);
        Vision draft = existing.orElseGet(Vision::new);
        draft.statement = statement.strip();
        draft.updatedAt = now;
        if (existing.isEmpty()) {
            draft.id = UUID.randomUUID();
            draft.status = VisionStatus.DRAFT;
            draft.version = visions.nextVersion();
            draft.createdAt = now;
            visions.persist(draft);
        }
        return draft;
    }

    /** The draft becomes the vision; the one before is kept in the history as superseded. */
    @Transactional
    public Vision adoptVision() {
        visions.lockVisions();
        Vision draft = visions.withStatus(VisionStatus.DRAFT).orElseThrow(() -> ProblemException.conflict("There is no draft vision to adopt"));
        Instant now = Timestamps.now();
        visions.withStatus(VisionStatus.ADOPTED).ifPresent(old -> {
            old.status = VisionStatus.SUPERSEDED;
            old.updatedAt = now;
        });
        visions.flush();
        draft.status = VisionStatus.ADOPTED;
        draft.adoptedAt = now;
        draft.updatedAt = now;
        events.visionAdopted(draft);
        return draft;
    }

    // ---- action fields ----

    /** The four action fields, most important first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionField> fieldsByPriority() {
        return priorities.inOrder().stream().map(ActionFieldPriority::field).toList();
    }

    /** One page of the action fields in priority order, after the keyset {@code (priority, field name)}; {@code limit + 1} rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionFieldPriority> fieldsPage(Integer afterPriority, String afterField, int limit) {
        return priorities.page(afterPriority, afterField, limit);
    }

    @Transactional
    public List<ActionField> reorderFields(List<ActionField> order) {
        if (EnumSet.copyOf(order).size() != ActionField.values().length) {
            throw ProblemException.invalid("order", "must name each of the four action fields once");
        }
        for (int i = 0; i < order.size(); i++) {
            priorities.findById(order.get(i).name()).priority = i + 1;
        }
        return fieldsByPriority();
    }

    // ---- goals ----

    /** Every goal (of one action field, or all when {@code field} is null), by field, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Goal> goals(ActionField field) {
        return goals.all(field);
    }

    /** One page of {@link #goals}, after the keyset {@code (actionField, createdAt, id)}; {@code limit + 1} rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Goal> goalsPage(ActionField field, String afterField, Instant afterCreatedAt, UUID afterId, int limit) {
        return goals.page(field, afterField, afterCreatedAt, afterId, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Goal goal(UUID id) {
        Goal g = goals.findById(id);
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
            Goal g = goals.findById(ids.get(i));
            if (g == null) {
                throw ProblemException.invalid(field + "[" + i + "]", "is not a strategic goal (GET /api/roadmap/goals)");
            }
            found.put(g.id, g);
        }
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Goal> goalsById(Collection<UUID> ids) {
        return goals.byIds(ids);
    }

    @Transactional
    public Goal defineGoal(GoalDraft draft) {
        Goal g = new Goal();
        g.id = UUID.randomUUID();
        g.createdAt = Timestamps.now();
        apply(g, draft);
        goals.persist(g);
        events.goal(RoadmapEvents.GOAL_DEFINED, g);
        return g;
    }

    @Transactional
    public Goal changeGoal(UUID id, GoalDraft draft) {
        Goal g = goal(id);
        apply(g, draft);
        events.goal(RoadmapEvents.GOAL_CHANGED, g);
        return g;
    }

    private static void apply(Goal g, GoalDraft d) {
        g.title = d.title().strip();
        g.description = Texts.blankToNull(d.description());
        g.actionField = d.actionField();
        g.indicators = d.indicators() == null ? new ArrayList<>() : d.indicators().stream().map(String::strip).toList();
        g.updatedAt = Timestamps.now();
    }
}
