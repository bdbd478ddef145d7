package de.norderstedt.go.roadmap.model;

import de.norderstedt.go.platform.model.ActionField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An idea as go.ideas.v1 told this service about it: classified as quick win or medium-term
 * project it is a candidate for the draft roadmap ({@link CandidateState#OPEN}). Written only by
 * the projection of that topic; title and field arrive with the classification, score and goals
 * with the assessments, so either may still be missing.
 */
@Entity
@Table(name = "candidate")
public class Candidate {
    @Id
    @Column(name = "idea_id")
    public UUID ideaId;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_field")
    public ActionField actionField;
    public String classification;
    public BigDecimal score;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_ids")
    public List<UUID> goalIds = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public CandidateState state;
    @Column(name = "merged_into")
    public UUID mergedInto;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
