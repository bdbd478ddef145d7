package de.norderstedt.go.roadmap.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.model.ActionField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
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
    private final ObjectMapper json;

    public CandidateService(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
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

    private Candidate candidate(Object[] r) {
        List<UUID> goals;
        try {
            goals = json.readValue((String) r[6], new TypeReference<List<UUID>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("candidate " + r[0] + " has unreadable goal ids", e);
        }
        return new Candidate((UUID) r[0], (String) r[1], (String) r[2], RoadmapService.field((String) r[3]), (String) r[4],
                (BigDecimal) r[5], goals);
    }
}
