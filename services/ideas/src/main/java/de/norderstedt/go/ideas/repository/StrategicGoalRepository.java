package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.platform.model.ActionField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The roadmap's strategic goals as this service knows them (table {@code strategic_goal}, kept from go.roadmap.v1). */
@ApplicationScoped
public class StrategicGoalRepository {

    private final EntityManager em;

    public StrategicGoalRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds the goal, or changes its title and action field. */
    public void keep(UUID goalId, String title, ActionField actionField) {
        em.createNativeQuery("""
                        insert into strategic_goal (goal_id, title, action_field, updated_at) values (?1, ?2, ?3, now())
                        on conflict (goal_id) do update set title = excluded.title, action_field = excluded.action_field, updated_at = now()""")
                .setParameter(1, goalId).setParameter(2, title).setParameter(3, actionField.name()).executeUpdate();
    }

    /** The positions in {@code goalIds} that name no known strategic goal. */
    public List<Integer> unknown(List<UUID> goalIds) {
        if (goalIds == null || goalIds.isEmpty()) {
            return List.of();
        }
        List<?> known = em.createNativeQuery("select goal_id from strategic_goal where goal_id in (:ids)")
                .setParameter("ids", goalIds).getResultList();
        return IntStream.range(0, goalIds.size()).filter(i -> !known.contains(goalIds.get(i))).boxed().toList();
    }
}
