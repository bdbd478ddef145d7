package de.norderstedt.go.roadmap.model;

import de.norderstedt.go.platform.model.ActionField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "goal")
public class Goal {
    @Id
    public UUID id;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_field")
    public ActionField actionField;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> indicators = new ArrayList<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
