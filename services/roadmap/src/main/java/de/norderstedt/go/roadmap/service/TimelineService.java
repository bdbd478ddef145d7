package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.messaging.RoadmapEventPublisher;
import de.norderstedt.go.roadmap.model.Phase;
import de.norderstedt.go.roadmap.model.ProgrammeMilestone;
import de.norderstedt.go.roadmap.repository.PhaseRepository;
import de.norderstedt.go.roadmap.repository.ProgrammeMilestoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The programme in time: phases I–III with the cross-cutting communication track (their dates
 * and status, announced as phase-changed) and the timeline of dates (reports, workshops, council
 * decisions; an entry marked reached is not announced).
 */
@ApplicationScoped
public class TimelineService {

    private final PhaseRepository phases;
    private final ProgrammeMilestoneRepository timeline;
    private final RoadmapEventPublisher events;

    public TimelineService(PhaseRepository phases, ProgrammeMilestoneRepository timeline, RoadmapEventPublisher events) {
        this.phases = phases;
        this.timeline = timeline;
        this.events = events;
    }

    /** One page of the phases in programme order, after the keyset {@code (sortOrder, key)}; {@code limit + 1} rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Phase> phases(Integer afterSortOrder, String afterKey, int limit) {
        return phases.page(afterSortOrder, afterKey, limit);
    }

    @Transactional
    public Phase changePhase(String key, PhaseChanges changes) {
        Phase p = phases.lock(key).orElseThrow(() -> ProblemException.notFound("Phase", key));
        DateRanges.requireOrder("plannedEnd", changes.plannedStart(), changes.plannedEnd());
        DateRanges.requireOrder("actualEnd", changes.actualStart(), changes.actualEnd());
        p.status = changes.status();
        p.plannedStart = changes.plannedStart();
        p.plannedEnd = changes.plannedEnd();
        p.actualStart = changes.actualStart();
        p.actualEnd = changes.actualEnd();
        if (changes.description() != null) {
            p.description = Texts.blankToNull(changes.description());
        }
        p.updatedAt = Timestamps.now();
        events.phase(p);
        return p;
    }

    /** One page of the timeline in time order, after the keyset {@code (startsAt, id)}; {@code limit + 1} rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeMilestone> timeline(Instant afterStartsAt, UUID afterId, int limit) {
        return timeline.page(afterStartsAt, afterId, limit);
    }

    @Transactional
    public ProgrammeMilestone addToTimeline(TimelineEntry entry) {
        ProgrammeMilestone m = new ProgrammeMilestone();
        m.id = UUID.randomUUID();
        m.createdAt = Timestamps.now();
        apply(m, entry);
        timeline.persist(m);
        return m;
    }

    @Transactional
    public ProgrammeMilestone changeTimeline(UUID id, TimelineEntry entry) {
        ProgrammeMilestone m = timeline.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Timeline entry", id);
        }
        apply(m, entry);
        return m;
    }

    private void apply(ProgrammeMilestone m, TimelineEntry e) {
        if (e.phase() != null && phases.findById(e.phase()) == null) {
            throw ProblemException.invalid("phase", "must be one of PHASE_I, PHASE_II, PHASE_III, COMMUNICATION");
        }
        if (e.endsAt() != null && !e.endsAt().isAfter(e.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        m.title = e.title().strip();
        m.description = Texts.blankToNull(e.description());
        m.phase = e.phase();
        m.startsAt = e.startsAt();
        m.endsAt = e.endsAt();
        m.reached = e.reached();
        m.updatedAt = Timestamps.now();
    }
}
