package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.ProgrammeContact;

import java.util.UUID;

public record ContactResponse(UUID id, String role, String organisation, String publicEmail, String publicPhone, int sortOrder) {

    public static ContactResponse of(ProgrammeContact c) {
        return new ContactResponse(c.id, c.role, c.organisation, c.publicEmail, c.publicPhone, c.sortOrder);
    }
}
