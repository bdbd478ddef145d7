package de.norderstedt.go.workshops.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
    @Version
    public long version;

    public int capacity(Mode mode) {
        return mode == Mode.ON_SITE ? capacityOnSite : capacityOnline;
    }
}
