package de.norderstedt.go.ideas.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Criterion;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.repository.AssessmentRepository;
import de.norderstedt.go.ideas.repository.CriterionRepository;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.ideas.repository.StrategicGoalRepository;
import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    private final IdeaRepository ideas;
    private final CriterionRepository criteria;
    private final AssessmentRepository assessments;
    private final StrategicGoalRepository goals;
    private final IdeaEventPublisher events;
    private final ObjectMapper json;

    public AssessmentService(IdeaRepository ideas, CriterionRepository criteria, AssessmentRepository assessments,
                             StrategicGoalRepository goals, IdeaEventPublisher events, ObjectMapper json) {
        this.ideas = ideas;
        this.criteria = criteria;
        this.assessments = assessments;
        this.goals = goals;
        this.events = events;
        this.json = json;
    }

    /** One page of the criteria, in their order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Criterion> criteria(Cursor after, int limit) {
        Cursor key = after == null ? null : after.expect(2);
        return Page.of(criteria.page(key == null ? null : key.integer(0), key == null ? null : key.text(1), limit),
                limit, c -> c, c -> Cursor.of(c.sortOrder, c.key));
    }

    /**
     * Replaces the criteria, in the order given, and answers them as stored; existing assessments
     * keep their scores, new ones must score the new set.
     */
    @Transactional
    public List<Criterion> replaceCriteria(List<CriterionDefinition> definitions) {
        if (definitions.isEmpty()) {
            throw ProblemException.invalid("body", "at least one criterion is needed");
        }
        if (definitions.stream().map(CriterionDefinition::key).distinct().count() != definitions.size()) {
            throw ProblemException.invalid("key", "each key may appear once");
        }
        List<Criterion> replacement = new ArrayList<>();
        for (CriterionDefinition d : definitions) {
            Criterion c = new Criterion();
            c.key = d.key();
            c.label = d.label().strip();
            c.weight = d.weight().setScale(3, RoundingMode.HALF_UP); // as numeric(6, 3) stores it
            replacement.add(c);
        }
        criteria.replaceAll(replacement);
        return replacement;
    }

    /** Records (or replaces) one reviewer's assessment and recomputes the idea's aggregate. */
    @Transactional
    public AssessmentSummary assess(UUID ideaId, String reviewer, ReviewerAssessment assessment) {
        Idea idea = ideas.findForUpdate(ideaId);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        if (!ASSESSABLE.contains(idea.status)) {
            throw ProblemException.conflict("Only ideas in review can be assessed; this one is " + idea.status,
                    List.of(IdeaStatus.IN_REVIEW.name()));
        }
        Map<String, BigDecimal> weights = criteria.all().stream().collect(Collectors.toMap(c -> c.key, c -> c.weight));
        if (!assessment.scores().keySet().equals(weights.keySet())) {
            Set<String> missing = new TreeMap<>(weights).keySet();
            missing.removeAll(assessment.scores().keySet());
            Set<String> unknown = new LinkedHashSet<>(assessment.scores().keySet());
            unknown.removeAll(weights.keySet());
            throw ProblemException.invalid("scores", "must score exactly the criteria " + String.join(", ", new TreeMap<>(weights).keySet())
                    + (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
        List<Integer> unknownGoals = goals.unknown(assessment.goalIds());
        if (!unknownGoals.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, unknownGoals.size() + " field(s) not valid",
                    unknownGoals.stream().map(i -> new Problem.Violation("goalIds[" + i + "]",
                            "is not a strategic goal of the roadmap (GET /api/roadmap/goals)")).toList(), List.of());
        }
        String scores;
        try {
            scores = json.writeValueAsString(assessment.scores());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        assessments.save(ideaId, reviewer, scores, weightedMean(assessment.scores(), weights), assessment.goalIds(),
                assessment.withinInfluence(),
                assessment.recommendedHorizon() == null ? null : assessment.recommendedHorizon().name(),
                Texts.blankToNull(assessment.note()), Timestamps.now());
        AssessmentSummary summary = summary(ideaId);
        idea.score = summary.score();
        idea.reviewerCount = summary.reviewerCount();
        idea.withinInfluence = summary.withinInfluence();
        idea.updatedAt = Timestamps.now();
        events.assessed(idea, summary.spread(), summary.goalIds(), summary.withinInfluence(), summary.recommendedHorizon());
        return summary;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentSummary summary(UUID ideaId) {
        if (ideas.findById(ideaId) == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        List<AssessmentRepository.Row> rows = assessments.ofIdea(ideaId);
        if (rows.isEmpty()) {
            return new AssessmentSummary(ideaId, null, 0, null, Map.of(), List.of(), null, null);
        }
        List<BigDecimal> scores = new ArrayList<>();
        Map<String, List<Integer>> perCriterion = new TreeMap<>();
        Set<UUID> goalIds = new LinkedHashSet<>();
        int inside = 0;
        int outside = 0;
        Map<String, Integer> horizons = new HashMap<>();
        for (AssessmentRepository.Row r : rows) {
            try {
                Map<String, Integer> s = json.readValue(r.scores(), new TypeReference<Map<String, Integer>>() { });
                s.forEach((k, v) -> perCriterion.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            scores.add(r.weightedScore());
            goalIds.addAll(r.goalIds());
            if (Boolean.TRUE.equals(r.withinInfluence())) {
                inside++;
            } else if (Boolean.FALSE.equals(r.withinInfluence())) {
                outside++;
            }
            if (r.recommendedHorizon() != null) {
                horizons.merge(r.recommendedHorizon(), 1, Integer::sum);
            }
        }
        double mean = scores.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        double variance = scores.stream().mapToDouble(s -> Math.pow(s.doubleValue() - mean, 2)).average().orElse(0);
        Map<String, BigDecimal> means = perCriterion.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> round(e.getValue().stream().mapToInt(Integer::intValue).average().orElse(0)), (a, b) -> a, TreeMap::new));
        String horizon = horizons.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        return new AssessmentSummary(ideaId, round(mean), rows.size(), round(Math.sqrt(variance)), means,
                List.copyOf(goalIds), inside + outside == 0 ? null : inside >= outside, horizon);
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
