package de.norderstedt.go.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** One version of the Grundsätze der Zusammenarbeit; the highest version is the current one. */
@Entity
@Table(name = "code_of_cooperation")
public class CodeOfCooperation {

    @Id
    public int version;

    public String title;

    public String preamble;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PrincipleGroup> principles;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    public record PrincipleGroup(String heading, List<String> principles) {
    }
}
