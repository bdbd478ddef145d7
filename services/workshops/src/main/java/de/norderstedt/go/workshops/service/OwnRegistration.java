package de.norderstedt.go.workshops.service;

import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.Workshop;

/** One of a person's own registrations, with the workshop it is for. */
public record OwnRegistration(Registration registration, Workshop workshop) {
}
