package de.norderstedt.go.workshops.model;

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
import java.util.UUID;

@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    public UUID id;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public WorkshopType type;
    @Enumerated(EnumType.STRING)
    public Format format;
    @Column(name = "venue_name")
    public String venueName;
    @Column(name = "venue_address")
    public String venueAddress;
    @Column(name = "stream_url")
    public String streamUrl;
    @Column(name = "meeting_url")
    public String meetingUrl;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    @Column(name = "access_rule")
    public String accessRule;
    @Column(name = "capacity_on_site")
    public int capacityOnSite;
    @Column(name = "capacity_online")
    public int capacityOnline;
    @Column(name = "registration_opens")
    public Instant registrationOpens;
    @Column(name = "registration_closes")
    public Instant registrationCloses;
    @Enumerated(EnumType.STRING)
    public WorkshopStatus status;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.List<AgendaItem> agenda = new java.util.ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "breakout_groups")
    public java.util.List<BreakoutGroup> breakoutGroups = new java.util.ArrayList<>();
    @Version
    public long version;

    /** One point of the agenda, in order. */
    public record AgendaItem(java.time.OffsetDateTime startsAt, java.time.OffsetDateTime endsAt, String kind, String title,
                             java.util.List<String> speakers) {
    }

    /** A group working on one action field; members are participant ids. */
    public record BreakoutGroup(String name, de.norderstedt.go.platform.model.ActionField actionField, String facilitator,
                                java.util.List<UUID> members) {
    }

    public int capacity(Mode mode) {
        return mode == Mode.ON_SITE ? capacityOnSite : capacityOnline;
    }
}
