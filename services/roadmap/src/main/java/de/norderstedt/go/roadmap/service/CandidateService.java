package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.model.Candidate;
import de.norderstedt.go.roadmap.model.Horizon;
import de.norderstedt.go.roadmap.model.Owner;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.VersionStatus;
import de.norderstedt.go.roadmap.repository.CandidateRepository;
import de.norderstedt.go.roadmap.repository.PlannedMeasureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ideas the relevance and benefit check classified as quick win or medium-term project: the
 * candidates for the draft roadmap (kept from go.ideas.v1 by {@code CandidateProjection}), and a
 * candidate turned into a measure of the draft in one call.
 */
@ApplicationScoped
public class CandidateService {

    private final VersionService versions;
    private final MeasurePlanningService planning;
    private final StrategyService strategy;
    private final CandidateRepository candidates;
    private final PlannedMeasureRepository planned;

    public CandidateService(VersionService versions, MeasurePlanningService planning, StrategyService strategy,
                            CandidateRepository candidates, PlannedMeasureRepository planned) {
        this.versions = versions;
        this.planning = planning;
        this.strategy = strategy;
        this.candidates = candidates;
        this.planned = planned;
    }

    /**
     * One page of the open candidates no measure of the draft takes up yet, best score first,
     * after the keyset {@code (score, title, ideaId)} ({@code after} false for the first page, a
     * null {@code afterScore} for the candidates without a score); {@code limit + 1} rows.
     */
    @Transactional
    public List<Candidate> forDraft(String label, boolean after, BigDecimal afterScore, String afterTitle, UUID afterId, int limit) {
        RoadmapVersion v = versions.version(label, true);
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("Candidates are offered for the draft version only; Roadmap " + v.label + " is " + v.status);
        }
        Set<UUID> taken = new HashSet<>();
        planned.plan(v.id).forEach(m -> taken.addAll(m.ideaIds));
        return candidates.openPage(taken, after, afterScore, afterTitle, afterId, limit);
    }

    /** Turns a classified idea into a measure of the draft: title, text, field, goals and horizon from the idea. */
    @Transactional
    public PlannedMeasure measureFromCandidate(String label, UUID ideaId, Owner owner, String ownerDetail) {
        RoadmapVersion v = versions.editable(label);
        Candidate c = candidates.open(ideaId).orElseThrow(() -> ProblemException.notFound("Candidate idea", ideaId));
        if (planned.plan(v.id).stream().anyMatch(m -> m.ideaIds.contains(ideaId))) {
            throw ProblemException.conflict("Idea " + ideaId + " is already part of a measure of Roadmap " + v.label);
        }
        List<UUID> goals = new ArrayList<>(strategy.goalsById(c.goalIds).keySet());
        MeasureDraft m = new MeasureDraft(c.title, c.description, c.actionField, goals, Horizon.valueOf(c.classification),
                owner == null ? Owner.CITY_ADMINISTRATION : owner, ownerDetail, null, null, null, null, List.of(), List.of(ideaId));
        return planning.addMeasure(label, m);
    }
}
