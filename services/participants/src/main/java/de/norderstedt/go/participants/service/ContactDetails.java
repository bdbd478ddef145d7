package de.norderstedt.go.participants.service;

/** A public programme contact as an admin enters it (already validated); a null sort order is 0. */
public record ContactDetails(String role, String organisation, String publicEmail, String publicPhone, Integer sortOrder) {
}
