package de.norderstedt.go.workshops.service;

import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.model.Workshop;

/** A question a person asked (or voted for), with the workshop it was asked in. */
public record OwnQuestion(Question question, Workshop workshop) {
}
