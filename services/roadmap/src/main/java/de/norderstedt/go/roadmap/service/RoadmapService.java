package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.messaging.RoadmapEventPublisher;
import de.norderstedt.go.roadmap.model.Horizon;
import de.norderstedt.go.roadmap.model.Measure;
import de.norderstedt.go.roadmap.model.MeasureStatus;
import de.norderstedt.go.roadmap.model.Owner;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.VersionStatus;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.AdoptionRequest;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.FromCandidateRequest;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.MeasureRequest;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.VersionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Roadmap versions and the measures they plan. Only a draft can be changed: once submitted the
 * council reads it as it is, once adopted it is frozen for good (every write is a 409), and the
 * next version starts as a copy of the latest adopted one.
 */
@ApplicationScoped
public class RoadmapService {

    private final EntityManager em;
    private final RoadmapEventPublisher events;
    private final StrategyService strategy;
    private final CandidateService candidates;

    public RoadmapService(EntityManager em, RoadmapEventPublisher events, StrategyService strategy, CandidateService candidates) {
        this.em = em;
        this.events = events;
        this.strategy = strategy;
        this.candidates = candidates;
    }

    // ---- versions ----

    /** Newest first; the public sees adopted and superseded versions only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoadmapVersion> versions(boolean staff) {
        return em.createQuery("from RoadmapVersion v order by v.major desc", RoadmapVersion.class).getResultStream()
                .filter(v -> staff || v.status.resolved()).toList();
    }

    /** A version by its label ("1.0"); a draft or submitted one is a 404 for the public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoadmapVersion version(String label, boolean staff) {
        RoadmapVersion v = byLabel(label).orElseThrow(() -> ProblemException.notFound("Roadmap version", label));
        if (!staff && !v.status.resolved()) {
            throw ProblemException.notFound("Roadmap version", label);
        }
        return v;
    }

    /** The version the council adopted last, in force now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RoadmapVersion> adopted() {
        return em.createQuery("from RoadmapVersion v where v.status = ?1", RoadmapVersion.class)
                .setParameter(1, VersionStatus.ADOPTED).getResultStream().findFirst();
    }

    /** Starts the next version: a copy of the latest adopted one (or empty for the first). */
    @Transactional
    public RoadmapVersion startVersion(VersionRequest request) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('roadmap.version'))").getSingleResult();
        Optional<RoadmapVersion> open = em.createQuery("from RoadmapVersion v where v.status in ?1", RoadmapVersion.class)
                .setParameter(1, List.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED)).getResultStream().findFirst();
        if (open.isPresent()) {
            throw ProblemException.conflict("Roadmap " + open.get().label + " is still " + open.get().status
                    + "; one version is prepared at a time");
        }
        Instant now = Timestamps.now();
        RoadmapVersion v = new RoadmapVersion();
        v.id = UUID.randomUUID();
        v.major = em.createQuery("select coalesce(max(v.major), 0) from RoadmapVersion v", Integer.class).getSingleResult() + 1;
        v.label = v.major + ".0";
        v.title = request.title().strip();
        v.summary = Texts.blankToNull(request.summary());
        v.status = VersionStatus.DRAFT;
        v.createdAt = now;
        v.updatedAt = now;
        Optional<RoadmapVersion> base = adopted();
        v.basedOn = base.map(b -> b.id).orElse(null);
        em.persist(v);
        base.ifPresent(b -> measures(b.id).forEach(m -> em.persist(m.copyInto(v.id, now))));
        return v;
    }

    @Transactional
    public RoadmapVersion changeVersion(String label, VersionRequest request) {
        RoadmapVersion v = editable(label);
        v.title = request.title().strip();
        v.summary = Texts.blankToNull(request.summary());
        v.updatedAt = Timestamps.now();
        return v;
    }

    /** Hands the draft to the council; from now on it is read, not edited. */
    @Transactional
    public RoadmapVersion submit(String label) {
        RoadmapVersion v = locked(label);
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("Roadmap " + v.label + " is " + v.status + "; only a draft can be submitted",
                    List.of(VersionStatus.DRAFT.name()));
        }
        int count = measures(v.id).size();
        if (count == 0) {
            throw ProblemException.conflict("Roadmap " + v.label + " has no measures yet");
        }
        v.status = VersionStatus.SUBMITTED;
        v.submittedAt = Timestamps.now();
        v.updatedAt = v.submittedAt;
        events.version(RoadmapEvents.VERSION_SUBMITTED, v, count);
        return v;
    }

    /** Takes a submission back (the council sent it back, or it needs a change). */
    @Transactional
    public RoadmapVersion withdrawSubmission(String label) {
        RoadmapVersion v = locked(label);
        if (v.status != VersionStatus.SUBMITTED) {
            throw ProblemException.conflict("Roadmap " + v.label + " is " + v.status + ", not submitted",
                    List.of(VersionStatus.SUBMITTED.name()));
        }
        v.status = VersionStatus.DRAFT;
        v.submittedAt = null;
        v.updatedAt = Timestamps.now();
        return v;
    }

    /** Records the council's resolution: this version is adopted and frozen, the previous one superseded. */
    @Transactional
    public RoadmapVersion adopt(String label, AdoptionRequest request) {
        RoadmapVersion v = locked(label);
        if (v.status != VersionStatus.SUBMITTED) {
            throw ProblemException.conflict("Roadmap " + v.label + " is " + v.status
                    + (v.status == VersionStatus.DRAFT ? "; submit it to the council first" : "; its resolution is recorded"),
                    List.of(VersionStatus.SUBMITTED.name()));
        }
        Instant now = Timestamps.now();
        adopted().ifPresent(old -> {
            old.status = VersionStatus.SUPERSEDED;
            old.supersededAt = now;
            old.updatedAt = now;
            events.version(RoadmapEvents.VERSION_SUPERSEDED, old, measures(old.id).size());
        });
        em.flush();
        v.status = VersionStatus.ADOPTED;
        v.resolutionDate = request.resolutionDate();
        v.resolutionBody = request.body().strip();
        v.resolutionNumber = request.resolutionNumber().strip();
        v.adoptedAt = now;
        v.updatedAt = now;
        events.version(RoadmapEvents.VERSION_ADOPTED, v, measures(v.id).size());
        return v;
    }

    // ---- measures of a version ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlannedMeasure> measures(UUID versionId) {
        return em.createQuery("from PlannedMeasure m where m.versionId = ?1 order by m.sortOrder, m.id", PlannedMeasure.class)
                .setParameter(1, versionId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlannedMeasure planned(UUID versionId, UUID measureId) {
        return em.createQuery("from PlannedMeasure m where m.versionId = ?1 and m.measureId = ?2", PlannedMeasure.class)
                .setParameter(1, versionId).setParameter(2, measureId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Measure", measureId));
    }

    @Transactional
    public PlannedMeasure addMeasure(String label, MeasureRequest request) {
        RoadmapVersion v = editable(label);
        Instant now = Timestamps.now();
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.status = MeasureStatus.PLANNED;
        measure.progress = BigDecimal.ZERO;
        measure.createdAt = now;
        em.persist(measure);
        PlannedMeasure m = new PlannedMeasure();
        m.id = UUID.randomUUID();
        m.versionId = v.id;
        m.measureId = measure.id;
        m.createdAt = now;
        m.sortOrder = nextSortOrder(v.id);
        apply(v, m, request);
        em.persist(m);
        events.measure(RoadmapEvents.MEASURE_ADDED, m, v.label);
        return m;
    }

    @Transactional
    public PlannedMeasure changeMeasure(String label, UUID measureId, MeasureRequest request) {
        RoadmapVersion v = editable(label);
        PlannedMeasure m = planned(v.id, measureId);
        apply(v, m, request);
        events.measure(RoadmapEvents.MEASURE_CHANGED, m, v.label);
        return m;
    }

    @Transactional
    public void removeMeasure(String label, UUID measureId) {
        RoadmapVersion v = editable(label);
        PlannedMeasure m = planned(v.id, measureId);
        long children = em.createQuery("select count(m) from PlannedMeasure m where m.versionId = ?1 and m.parentId = ?2", Long.class)
                .setParameter(1, v.id).setParameter(2, measureId).getSingleResult();
        if (children > 0) {
            throw ProblemException.conflict("Measure " + measureId + " has " + children + " sub-measures; remove or move them first");
        }
        em.remove(m);
        em.flush();
        long elsewhere = em.createQuery("select count(m) from PlannedMeasure m where m.measureId = ?1", Long.class)
                .setParameter(1, measureId).getSingleResult();
        if (elsewhere == 0) {
            // Never adopted anywhere: its progress record and milestones go with it.
            em.createQuery("delete from MeasureMilestone ms where ms.measureId = ?1").setParameter(1, measureId).executeUpdate();
            em.createQuery("delete from Measure x where x.id = ?1").setParameter(1, measureId).executeUpdate();
        }
        events.measureRemoved(m, v.label, Timestamps.now());
    }

    /** Turns a classified idea into a measure of the draft in one call: title, text, field, goals and horizon from the idea. */
    @Transactional
    public PlannedMeasure measureFromCandidate(String label, UUID ideaId, FromCandidateRequest request) {
        RoadmapVersion v = editable(label);
        CandidateService.Candidate c = candidates.open(ideaId)
                .orElseThrow(() -> ProblemException.notFound("Candidate idea", ideaId));
        if (measures(v.id).stream().anyMatch(m -> m.ideaIds.contains(ideaId))) {
            throw ProblemException.conflict("Idea " + ideaId + " is already part of a measure of Roadmap " + v.label);
        }
        Owner owner = request == null || request.owner() == null ? Owner.CITY_ADMINISTRATION : request.owner();
        String detail = request == null ? null : request.ownerDetail();
        List<UUID> goals = new ArrayList<>(strategy.goalsById(c.goalIds()).keySet());
        MeasureRequest m = new MeasureRequest(c.title(), c.description(), c.actionField(), goals,
                Horizon.valueOf(c.classification()), owner, detail, null, null, null, null, List.of(), List.of(ideaId));
        return addMeasure(label, m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CandidateService.Candidate> candidatesFor(String label) {
        RoadmapVersion v = version(label, true);
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("Candidates are offered for the draft version only; Roadmap " + v.label + " is " + v.status);
        }
        Set<UUID> taken = new HashSet<>();
        measures(v.id).forEach(m -> taken.addAll(m.ideaIds));
        return candidates.open().stream().filter(c -> !taken.contains(c.ideaId())).toList();
    }

    private void apply(RoadmapVersion v, PlannedMeasure m, MeasureRequest r) {
        strategy.requireGoals("goalIds", r.goalIds());
        StrategyService.requireOrder("plannedEnd", r.plannedStart(), r.plannedEnd());
        if (r.parentMeasureId() != null) {
            if (r.parentMeasureId().equals(m.measureId)) {
                throw ProblemException.invalid("parentMeasureId", "a measure cannot be its own parent");
            }
            UUID cursor = r.parentMeasureId();
            Set<UUID> seen = new HashSet<>();
            while (cursor != null && seen.add(cursor)) {
                UUID current = cursor;
                PlannedMeasure parent = em.createQuery("from PlannedMeasure p where p.versionId = ?1 and p.measureId = ?2", PlannedMeasure.class)
                        .setParameter(1, v.id).setParameter(2, current).getResultStream().findFirst()
                        .orElseThrow(() -> ProblemException.invalid("parentMeasureId", "is not a measure of Roadmap " + v.label));
                if (m.measureId.equals(parent.parentId)) {
                    throw ProblemException.invalid("parentMeasureId", "would make the measures each other's parent");
                }
                cursor = parent.parentId;
            }
        }
        m.title = r.title().strip();
        m.description = Texts.blankToNull(r.description());
        m.actionField = r.actionField();
        m.goalIds = r.goalIds() == null ? new ArrayList<>() : new ArrayList<>(new java.util.LinkedHashSet<>(r.goalIds()));
        m.horizon = r.horizon();
        m.owner = r.owner();
        m.ownerDetail = Texts.blankToNull(r.ownerDetail());
        m.plannedStart = r.plannedStart();
        m.plannedEnd = r.plannedEnd();
        m.parentId = r.parentMeasureId();
        m.weight = r.weight() == null ? BigDecimal.ONE : r.weight();
        m.fundingProgrammes = r.fundingProgrammes() == null ? new ArrayList<>() : r.fundingProgrammes().stream().map(String::strip).toList();
        m.ideaIds = r.ideaIds() == null ? new ArrayList<>() : new ArrayList<>(new java.util.LinkedHashSet<>(r.ideaIds()));
        m.updatedAt = Timestamps.now();
    }

    private int nextSortOrder(UUID versionId) {
        return em.createQuery("select coalesce(max(m.sortOrder), 0) from PlannedMeasure m where m.versionId = ?1", Integer.class)
                .setParameter(1, versionId).getSingleResult() + 1;
    }

    private Optional<RoadmapVersion> byLabel(String label) {
        return em.createQuery("from RoadmapVersion v where v.label = ?1", RoadmapVersion.class).setParameter(1, label)
                .getResultStream().findFirst();
    }

    /** The version, locked against a concurrent submission or adoption. */
    private RoadmapVersion locked(String label) {
        RoadmapVersion v = version(label, true);
        em.lock(v, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(v);
        return v;
    }

    /** The version if it is a draft; anything else is a 409 that says why. */
    private RoadmapVersion editable(String label) {
        RoadmapVersion v = locked(label);
        switch (v.status) {
            case DRAFT -> {
                return v;
            }
            case SUBMITTED -> throw ProblemException.conflict("Roadmap " + v.label
                    + " is with the council; withdraw the submission (DELETE .../submission) to change it");
            default -> throw ProblemException.conflict("Roadmap " + v.label + " was adopted by " + v.resolutionBody + " on "
                    + v.resolutionDate + " (resolution " + v.resolutionNumber + ") and cannot be changed; "
                    + "start the next version with POST /api/roadmap/versions");
        }
    }

    static ActionField field(String name) {
        return name == null ? null : ActionField.valueOf(name);
    }
}
