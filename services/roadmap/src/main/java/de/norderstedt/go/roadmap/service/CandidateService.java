package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.ActionField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ideas the relevance and benefit check classified as quick win or medium-term project: the
 * candidates for the draft roadmap. Kept from go.ideas.v1 by {@code CandidateProjection}.
 */
@ApplicationScoped
public class CandidateService {

    public record Candidate(UUID ideaId, String title, String description, ActionField actionField, String classification,
                            BigDecimal score, List<UUID> goalIds) {
    }

    private final EntityManager em;

    public CandidateService(EntityManager em) {
        this.em = em;
    }

    /** Best score first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> open() {
        List<?> rows = em.createNativeQuery("""
                select idea_id, title, description, action_field, classification, score, goal_ids::text from candidate
                where state = 'OPEN' order by score desc nulls last, title, idea_id""").getResultList();
        return rows.stream().map(r -> candidate((Object[]) r)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Candidate> open(UUID ideaId) {
        List<?> rows = em.createNativeQuery("""
                select idea_id, title, description, action_field, classification, score, goal_ids::text from candidate
                where state = 'OPEN' and idea_id = ?1""").setParameter(1, ideaId).getResultList();
        return rows.stream().findFirst().map(r -> candidate((Object[]) r));
    }

    private static Candidate candidate(Object[] r) {
        List<UUID> goals = new ArrayList<>();
        String json = (String) r[6];
        for (String part : json.replaceAll("[\\[\\]\" ]", "").split(",")) {
            if (!part.isBlank()) {
                goals.add(UUID.fromString(part));
            }
        }
        return new Candidate((UUID) r[0], (String) r[1], (String) r[2], RoadmapService.field((String) r[3]), (String) r[4],
                (BigDecimal) r[5], goals);
    }
}
