package de.norderstedt.go.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A public contact of the programme: a role and its office's channels, not a login user. */
@Entity
@Table(name = "programme_contact")
public class ProgrammeContact {

    @Id
    public UUID id;

    public String role;

    public String organisation;

    @Column(name = "public_email")
    public String publicEmail;

    @Column(name = "public_phone")
    public String publicPhone;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
