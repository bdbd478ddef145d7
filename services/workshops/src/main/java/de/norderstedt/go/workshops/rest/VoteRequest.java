package de.norderstedt.go.workshops.rest;

import jakarta.validation.constraints.Size;

/** {@code voterKey}: the key a browser keeps, so that someone not signed in votes once too. */
public record VoteRequest(@Size(min = 16, max = 64) String voterKey) {
}
