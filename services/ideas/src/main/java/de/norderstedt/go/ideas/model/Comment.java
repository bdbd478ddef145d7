package de.norderstedt.go.ideas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A comment on an idea, or a reply to one (one level deep). Hidden text is never shown publicly. */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    public UUID id;

    @Column(name = "idea_id")
    public UUID ideaId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "author_id")
    public UUID authorId;

    public String body;

    public boolean hidden;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "hidden_by")
    public String hiddenBy;

    @Column(name = "report_count")
    public int reportCount;

    @Column(name = "created_at")
    public Instant createdAt;
}
