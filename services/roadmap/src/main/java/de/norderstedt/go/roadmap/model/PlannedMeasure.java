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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A measure as one roadmap version plans it. */
@Entity
@Table(name = "planned_measure")
public class PlannedMeasure {
    @Id
    public UUID id;
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "measure_id")
    public UUID measureId;
    @Column(name = "parent_id")
    public UUID parentId;
    public BigDecimal weight;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_field")
    public ActionField actionField;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_ids")
    public List<UUID> goalIds = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public Horizon horizon;
    @Enumerated(EnumType.STRING)
    public Owner owner;
    @Column(name = "owner_detail")
    public String ownerDetail;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "funding_programmes")
    public List<String> fundingProgrammes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "idea_ids")
    public List<UUID> ideaIds = new ArrayList<>();
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public PlannedMeasure copyInto(UUID version, Instant now) {
        PlannedMeasure c = new PlannedMeasure();
        c.id = UUID.randomUUID();
        c.versionId = version;
        c.measureId = measureId;
        c.parentId = parentId;
        c.weight = weight;
        c.title = title;
        c.description = description;
        c.actionField = actionField;
        c.goalIds = new ArrayList<>(goalIds);
        c.horizon = horizon;
        c.owner = owner;
        c.ownerDetail = ownerDetail;
        c.plannedStart = plannedStart;
        c.plannedEnd = plannedEnd;
        c.fundingProgrammes = new ArrayList<>(fundingProgrammes);
        c.ideaIds = new ArrayList<>(ideaIds);
        c.sortOrder = sortOrder;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }
}
