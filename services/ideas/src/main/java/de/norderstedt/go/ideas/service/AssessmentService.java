package de.norderstedt.go.ideas.service;

import de.norderstedt.go.platform.model.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.rest.AssessmentRequest;
import de.norderstedt.go.ideas.rest.AssessmentSummary;
import de.norderstedt.go.ideas.rest.CriterionDto;
import de.norderstedt.go.ideas.messaging.StrategicGoalProjection;
import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The relevance and benefit check: configurable weighted criteria, independent reviewers, an aggregate. */
@ApplicationScoped
public class AssessmentService {

    private static final Set<IdeaStatus> ASSESSABLE = EnumSet.of(IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED, IdeaStatus.CLASSIFIED);

    private final EntityManager em;
    private final IdeaEventPublisher events;
    private final ObjectMapper json;
    private final StrategicGoalProjection goals;

    public AssessmentService(EntityManager em, IdeaEventPublisher events, ObjectMapper json, StrategicGoalProjection goals) {
        this.em = em;
        this.events = events;
        this.json = json;
        this.goals = goals;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CriterionDto> criteria() {
        List<?> rows = em.createNativeQuery("select key, label, weight from assessment_criterion order by sort_order, key").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CriterionDto((String) r[0], (String) r[1], (BigDecimal) r[2])).toList();
    }

    /** Replaces the criteria; existing assessments keep their scores, new ones must score the new set. */
    @Transactional
    public List<CriterionDto> replaceCriteria(@NotNull List<@Valid CriterionDto> criteria) {
        if (criteria.isEmpty()) {
            throw ProblemException.invalid("body", "at least one criterion is needed");
        }
        if (criteria.stream().map(CriterionDto::key).distinct().count() != criteria.size()) {
            throw ProblemException.invalid("key", "each key may appear once");
        }
        em.createNativeQuery("delete from assessment_criterion").executeUpdate();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDto c = criteria.get(i);
            em.createNativeQuery("insert into assessment_criterion (key, label, weight, sort_order) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, c.key()).setParameter(2, c.label().strip()).setParameter(3, c.weight()).setParameter(4, i + 1)
                    .executeUpdate();
        }
        return criteria();
    }

    /** Records (or replaces) one reviewer's assessment and recomputes the idea's aggregate. */
    @Transactional
    public AssessmentSummary assess(UUID ideaId, String reviewer, @Valid @NotNull AssessmentRequest request) {
        Idea idea = em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        if (!ASSESSABLE.contains(idea.status)) {
            throw ProblemException.conflict("Only ideas in review can be assessed; this one is " + idea.status,
                    List.of(IdeaStatus.IN_REVIEW.name()));
        }
        Map<String, BigDecimal> weights = criteria().stream().collect(Collectors.toMap(CriterionDto::key, CriterionDto::weight));
        if (!request.scores().keySet().equals(weights.keySet())) {
            Set<String> missing = new TreeMap<>(weights).keySet();
            missing.removeAll(request.scores().keySet());
            Set<String> unknown = new LinkedHashSet<>(request.scores().keySet());
            unknown.removeAll(weights.keySet());
            throw ProblemException.invalid("scores", "must score exactly the criteria " + String.join(", ", new TreeMap<>(weights).keySet())
                    + (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
        List<Integer> unknownGoals = goals.unknown(request.goalIds());
        if (!unknownGoals.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, unknownGoals.size() + " field(s) not valid",
                    unknownGoals.stream().map(i -> new Problem.Violation("goalIds[" + i + "]",
                            "is not a strategic goal of the roadmap (GET /api/roadmap/goals)")).toList(), List.of());
        }
        BigDecimal weighted = weightedMean(request.scores(), weights);
        try {
            em.createNativeQuery("""
                            insert into assessment (idea_id, reviewer, scores, weighted_score, goal_ids, within_influence, recommended_horizon, note, assessed_at)
                            values (?1, ?2, cast(?3 as jsonb), ?4, cast(?5 as uuid[]), ?6, ?7, ?8, ?9)
                            on conflict (idea_id, reviewer) do update set scores = excluded.scores, weighted_score = excluded.weighted_score,
                                goal_ids = excluded.goal_ids, within_influence = excluded.within_influence,
                                recommended_horizon = excluded.recommended_horizon, note = excluded.note, assessed_at = excluded.assessed_at""")
                    .setParameter(1, ideaId).setParameter(2, reviewer).setParameter(3, json.writeValueAsString(request.scores()))
                    .setParameter(4, weighted)
                    .setParameter(5, "{" + (request.goalIds() == null ? "" : request.goalIds().stream().map(UUID::toString).collect(Collectors.joining(","))) + "}")
                    .setParameter(6, request.withinInfluence())
                    .setParameter(7, request.recommendedHorizon() == null ? null : request.recommendedHorizon().name())
                    .setParameter(8, Texts.blankToNull(request.note()))
                    .setParameter(9, Timestamp.from(IdeaService.now()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        AssessmentSummary summary = summary(ideaId);
        idea.score = summary.score();
        idea.reviewerCount = summary.reviewerCount();
        idea.withinInfluence = summary.withinInfluence();
        idea.updatedAt = IdeaService.now();
        events.assessed(idea, summary.spread(), summary.goalIds(), summary.withinInfluence(), summary.recommendedHorizon());
        return summary;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentSummary summary(UUID ideaId) {
        if (em.find(Idea.class, ideaId) == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        List<?> rows = em.createNativeQuery(
                        "select scores::text, weighted_score, goal_ids, within_influence, recommended_horizon from assessment where idea_id = ?1")
                .setParameter(1, ideaId).getResultList();
        if (rows.isEmpty()) {
            return new AssessmentSummary(ideaId, null, 0, null, Map.of(), List.of(), null, null);
        }
        List<BigDecimal> scores = new ArrayList<>();
        Map<String, List<Integer>> perCriterion = new TreeMap<>();
        Set<UUID> goals = new LinkedHashSet<>();
        int inside = 0;
        int outside = 0;
        Map<String, Integer> horizons = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            try {
                Map<String, Integer> s = json.readValue((String) r[0], new TypeReference<Map<String, Integer>>() { });
                s.forEach((k, v) -> perCriterion.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            scores.add((BigDecimal) r[1]);
            if (r[2] instanceof Object[] ids) {
                for (Object id : ids) {
                    goals.add(id instanceof UUID u ? u : UUID.fromString(id.toString()));
                }
            }
            if (Boolean.TRUE.equals(r[3])) {
                inside++;
            } else if (Boolean.FALSE.equals(r[3])) {
                outside++;
            }
            if (r[4] != null) {
                horizons.merge((String) r[4], 1, Integer::sum);
            }
        }
        double mean = scores.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        double variance = scores.stream().mapToDouble(s -> Math.pow(s.doubleValue() - mean, 2)).average().orElse(0);
        Map<String, BigDecimal> means = perCriterion.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> round(e.getValue().stream().mapToInt(Integer::intValue).average().orElse(0)), (a, b) -> a, TreeMap::new));
        String horizon = horizons.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        return new AssessmentSummary(ideaId, round(mean), rows.size(), round(Math.sqrt(variance)), means,
                List.copyOf(goals), inside + outside == 0 ? null : inside >= outside, horizon);
    }

    static BigDecimal weightedMean(Map<String, Integer> scores, Map<String, BigDecimal> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (var e : scores.entrySet()) {
            BigDecimal w = weights.get(e.getKey());
            sum = sum.add(w.multiply(BigDecimal.valueOf(e.getValue())));
            total = total.add(w);
        }
        return sum.divide(total, 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

}
