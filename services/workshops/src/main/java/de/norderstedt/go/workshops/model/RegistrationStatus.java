package de.norderstedt.go.workshops.model;

public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
