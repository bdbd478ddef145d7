package de.norderstedt.go.ideas.model;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "idea")
public class Idea {

    @Id
    public UUID id;

    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_field")
    public ActionField actionField;

    @Enumerated(EnumType.STRING)
    public IdeaKind kind;

    @Enumerated(EnumType.STRING)
    public IdeaOrigin origin;

    @Column(name = "workshop_id")
    public UUID workshopId;

    @Column(name = "workshop_group")
    public String workshopGroup;

    @Column(name = "author_id")
    public UUID authorId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public IdeaStatus status;

    @Enumerated(EnumType.STRING)
    public Classification classification;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "support_count")
    public int supportCount;

    @Column(name = "comment_count")
    public int commentCount;

    public BigDecimal score;

    @Column(name = "reviewer_count")
    public int reviewerCount;

    /** The reviewers' majority on whether the programme can influence this idea; null until someone said. */
    @Column(name = "within_influence")
    public Boolean withinInfluence;

    @Column(name = "import_key")
    public String importKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
